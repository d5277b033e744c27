"""Compiled from ui/form_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'form_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FormDialog(object):
    def setupUi(self, FormDialog):
        if not FormDialog.objectName():
            FormDialog.setObjectName(u"FormDialog")
        FormDialog.setModal(True)
        self.outer = QVBoxLayout(FormDialog)
        self.outer.setObjectName(u"outer")
        self.general_error = QLabel(FormDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setVisible(False)
        self.general_error.setStyleSheet(u"color: #b00020;")
        self.general_error.setWordWrap(True)

        self.outer.addWidget(self.general_error)

        self.body = QWidget(FormDialog)
        self.body.setObjectName(u"body")

        self.outer.addWidget(self.body)

        self.buttons = QDialogButtonBox(FormDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(FormDialog)

        QMetaObject.connectSlotsByName(FormDialog)
    # setupUi

    def retranslateUi(self, FormDialog):
        pass
    # retranslateUi

