"""Allow ``python -m formaudit``."""

from formaudit.cli.main import main

if __name__ == "__main__":
    main()
