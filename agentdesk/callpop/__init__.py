"""Screen pops: the wire protocol a softphone helper and the running app share."""
