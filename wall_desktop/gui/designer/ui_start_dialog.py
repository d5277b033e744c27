"""Compiled from ui/start_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        self.outer = QVBoxLayout(StartDialog)
        self.outer.setObjectName(u"outer")
        self.text = QLabel(StartDialog)
        self.text.setObjectName(u"text")
        self.text.setWordWrap(True)

        self.outer.addWidget(self.text)

        self.create_button = QPushButton(StartDialog)
        self.create_button.setObjectName(u"create_button")

        self.outer.addWidget(self.create_button)

        self.demo_button = QPushButton(StartDialog)
        self.demo_button.setObjectName(u"demo_button")

        self.outer.addWidget(self.demo_button)

        self.quit_button = QPushButton(StartDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.outer.addWidget(self.quit_button)

        QWidget.setTabOrder(self.create_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.quit_button)

        self.retranslateUi(StartDialog)

        self.create_button.setDefault(True)


        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Welcome to WALL Desktop", None))
        self.text.setText(QCoreApplication.translate("StartDialog", u"This database has no programme yet. Create your programme, or look around in the demo database first (a separate file: nothing you do there touches your own data).", None))
        self.create_button.setText(QCoreApplication.translate("StartDialog", u"&Create a programme\u2026", None))
        self.demo_button.setText(QCoreApplication.translate("StartDialog", u"Open the &demo database", None))
        self.quit_button.setText(QCoreApplication.translate("StartDialog", u"&Quit", None))
    # retranslateUi

