"""Knowledge base: article files, import/export, search (article_file.py holds the file format)."""
