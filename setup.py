"""Build hook: ship the root-level ``resources/`` and ``migrations/`` inside the package.

The repository keeps content and migrations at the top level, but an installed application must
find them next to its code. Mapping the folders to the sub-packages ``agentdesk.resources`` and
``agentdesk.migrations`` (``package_dir``) makes setuptools copy them into wheels and point
editable installs at the same folders, so the code finds them one way, through
``importlib.resources``, however it was installed. tests/packaging checks that a built wheel holds
every file of both folders. Everything else about the project is declared in pyproject.toml.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA_PACKAGES = {"agentdesk.resources": "resources", "agentdesk.migrations": "migrations"}


def data_packages() -> list[str]:
    """The two mapped packages and every sub-folder of them (a folder of data is a package)."""
    found = []
    for package, folder in DATA_PACKAGES.items():
        found.append(package)
        found += [
            f"{package}.{sub}"
            for sub in find_namespace_packages(where=folder, exclude=["*__pycache__*"])
        ]
    return found


setup(
    packages=[*find_packages(include=["agentdesk", "agentdesk.*"]), *data_packages()],
    package_dir=DATA_PACKAGES,
    package_data={"agentdesk": ["py.typed"], **{name: ["*"] for name in data_packages()}},
)
