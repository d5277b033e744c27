"""Compiled from ui/scans_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scans_dialog.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScansDialog(object):
    def setupUi(self, scans_dialog):
        if not scans_dialog.objectName():
            scans_dialog.setObjectName(u"scans_dialog")
        scans_dialog.resize(620, 360)
        self.outer = QVBoxLayout(scans_dialog)
        self.outer.setObjectName(u"outer")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.note = QLabel(scans_dialog)
        self.note.setObjectName(u"note")

        self.bar.addWidget(self.note)

        self.bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.bar_gap)

        self.add_button = QPushButton(scans_dialog)
        self.add_button.setObjectName(u"add_button")

        self.bar.addWidget(self.add_button)

        self.view_button = QPushButton(scans_dialog)
        self.view_button.setObjectName(u"view_button")

        self.bar.addWidget(self.view_button)

        self.remove_button = QPushButton(scans_dialog)
        self.remove_button.setObjectName(u"remove_button")

        self.bar.addWidget(self.remove_button)

        self.bar.setStretch(0, 1)

        self.outer.addLayout(self.bar)

        self.buttons = QDialogButtonBox(scans_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(scans_dialog)

        QMetaObject.connectSlotsByName(scans_dialog)
    # setupUi

    def retranslateUi(self, scans_dialog):
        self.note.setText(QCoreApplication.translate("ScansDialog", u"The project is locked: scans can be viewed only.", None))
        self.add_button.setText(QCoreApplication.translate("ScansDialog", u"&Add\u2026", None))
        self.view_button.setText(QCoreApplication.translate("ScansDialog", u"&View", None))
        self.remove_button.setText(QCoreApplication.translate("ScansDialog", u"&Remove", None))
        pass
    # retranslateUi

