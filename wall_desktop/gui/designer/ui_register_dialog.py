"""Compiled from ui/register_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RegisterDialog(object):
    def setupUi(self, register_dialog):
        if not register_dialog.objectName():
            register_dialog.setObjectName(u"register_dialog")
        register_dialog.resize(1280, 460)
        self.outer = QVBoxLayout(register_dialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(register_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.check = QHBoxLayout()
        self.check.setObjectName(u"check")
        self.check_file = QPushButton(register_dialog)
        self.check_file.setObjectName(u"check_file")

        self.check.addWidget(self.check_file)

        self.verdict = QLabel(register_dialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.check.addWidget(self.verdict)

        self.check.setStretch(1, 1)

        self.outer.addLayout(self.check)

        self.buttons = QDialogButtonBox(register_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(register_dialog)

        QMetaObject.connectSlotsByName(register_dialog)
    # setupUi

    def retranslateUi(self, register_dialog):
        register_dialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Register of sent files", None))
        self.intro.setText(QCoreApplication.translate("RegisterDialog", u"Every report for the funder written from this database, with the SHA-256 checksum of the file as it was written. A file whose checksum is here is exactly the file that was sent.", None))
        self.check_file.setText(QCoreApplication.translate("RegisterDialog", u"Check a file\u2026", None))
    # retranslateUi

