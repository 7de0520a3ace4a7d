"""Child process for gui_timings.py: start as `sahel-desk` does, say READY when
the first page of the incident list is on screen. With --bare, a plain PySide6
window instead (the baseline)."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    print("READY", flush=True)


def desk(data_dir: str) -> None:
    from sahel_desk.gui.app import application, build_window
    from sahel_desk.services.desk import Desk

    app = application()
    opened = Desk.open(data_dir, user="bench")
    window = build_window(opened)
    window.show()

    def ready(number: int) -> None:
        if number == 0:
            app.processEvents()
            print("READY", flush=True)
            app.quit()

    window.model.pageLoaded.connect(ready)
    app.exec()
    window.operations.wait()
    opened.close()


if __name__ == "__main__":
    if sys.argv[1] == "--bare":
        bare()
    else:
        desk(sys.argv[1])
