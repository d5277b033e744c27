"""Compiled from ui/verify_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, verify_dialog):
        if not verify_dialog.objectName():
            verify_dialog.setObjectName(u"verify_dialog")
        verify_dialog.resize(560, 400)
        self.outer = QVBoxLayout(verify_dialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(verify_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.payload = QPlainTextEdit(verify_dialog)
        self.payload.setObjectName(u"payload")
        self.payload.setMaximumSize(QSize(16777215, 90))
        self.payload.setTabChangesFocus(True)
        self.payload.setPlaceholderText(u"WALL1|\u2026")

        self.outer.addWidget(self.payload)

        self.check_button = QPushButton(verify_dialog)
        self.check_button.setObjectName(u"check_button")

        self.outer.addWidget(self.check_button)

        self.verdict = QLabel(verify_dialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setVisible(False)
        self.verdict.setWordWrap(True)
        self.verdict.setMargin(8)

        self.outer.addWidget(self.verdict)

        self.details = QFormLayout()
        self.details.setObjectName(u"details")
        self.number_label = QLabel(verify_dialog)
        self.number_label.setObjectName(u"number_label")

        self.details.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLabel(verify_dialog)
        self.number.setObjectName(u"number")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.name_label = QLabel(verify_dialog)
        self.name_label.setObjectName(u"name_label")

        self.details.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLabel(verify_dialog)
        self.name.setObjectName(u"name")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.hours_label = QLabel(verify_dialog)
        self.hours_label.setObjectName(u"hours_label")

        self.details.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours = QLabel(verify_dialog)
        self.hours.setObjectName(u"hours")

        self.details.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hours)

        self.issued_label = QLabel(verify_dialog)
        self.issued_label.setObjectName(u"issued_label")

        self.details.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issued_label)

        self.issued = QLabel(verify_dialog)
        self.issued.setObjectName(u"issued")

        self.details.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issued)

        self.programme_label = QLabel(verify_dialog)
        self.programme_label.setObjectName(u"programme_label")

        self.details.setWidget(4, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme = QLabel(verify_dialog)
        self.programme.setObjectName(u"programme")
        self.programme.setWordWrap(True)

        self.details.setWidget(4, QFormLayout.ItemRole.FieldRole, self.programme)


        self.outer.addLayout(self.details)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(verify_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        QWidget.setTabOrder(self.payload, self.check_button)
        QWidget.setTabOrder(self.check_button, self.buttons)

        self.retranslateUi(verify_dialog)

        self.check_button.setDefault(True)


        QMetaObject.connectSlotsByName(verify_dialog)
    # setupUi

    def retranslateUi(self, verify_dialog):
        verify_dialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a certificate", None))
        self.intro.setText(QCoreApplication.translate("VerifyDialog", u"Scan the QR code on the certificate with a reader that types its text, or paste the text here. It is checked against the programme's key in this database, without the internet.", None))
        self.check_button.setText(QCoreApplication.translate("VerifyDialog", u"&Check", None))
        self.number_label.setText(QCoreApplication.translate("VerifyDialog", u"Number", None))
        self.name_label.setText(QCoreApplication.translate("VerifyDialog", u"Name", None))
        self.hours_label.setText(QCoreApplication.translate("VerifyDialog", u"Hours", None))
        self.issued_label.setText(QCoreApplication.translate("VerifyDialog", u"Issued on", None))
        self.programme_label.setText(QCoreApplication.translate("VerifyDialog", u"Programme", None))
    # retranslateUi

