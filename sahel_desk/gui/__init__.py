"""The desktop application (PySide6). The only package that may import Qt."""
