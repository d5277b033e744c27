"""Compiled from ui/transfer_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QWidget)

class Ui_TransferForm(object):
    def setupUi(self, TransferForm):
        if not TransferForm.objectName():
            TransferForm.setObjectName(u"TransferForm")
        self.form = QFormLayout(TransferForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.from_line_id_label = QLabel(TransferForm)
        self.from_line_id_label.setObjectName(u"from_line_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.from_line_id_label)

        self.from_line_id = QComboBox(TransferForm)
        self.from_line_id.setObjectName(u"from_line_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.from_line_id)

        self.to_line_id_label = QLabel(TransferForm)
        self.to_line_id_label.setObjectName(u"to_line_id_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.to_line_id_label)

        self.to_line_id = QComboBox(TransferForm)
        self.to_line_id.setObjectName(u"to_line_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.to_line_id)

        self.amount_label = QLabel(TransferForm)
        self.amount_label.setObjectName(u"amount_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(TransferForm)
        self.amount.setObjectName(u"amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.amount.setPlaceholderText(u"0,00 z\u0142")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount)

        self.date_label = QLabel(TransferForm)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = QDateEdit(TransferForm)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"dd.MM.yyyy")
        self.date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date)

        self.reason_label = QLabel(TransferForm)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QLineEdit(TransferForm)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

#if QT_CONFIG(shortcut)
        self.from_line_id_label.setBuddy(self.from_line_id)
        self.to_line_id_label.setBuddy(self.to_line_id)
        self.amount_label.setBuddy(self.amount)
        self.date_label.setBuddy(self.date)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_line_id, self.to_line_id)
        QWidget.setTabOrder(self.to_line_id, self.amount)
        QWidget.setTabOrder(self.amount, self.date)
        QWidget.setTabOrder(self.date, self.reason)

        self.retranslateUi(TransferForm)

        QMetaObject.connectSlotsByName(TransferForm)
    # setupUi

    def retranslateUi(self, TransferForm):
        self.from_line_id_label.setText(QCoreApplication.translate("TransferForm", u"&From", None))
        self.to_line_id_label.setText(QCoreApplication.translate("TransferForm", u"&To", None))
        self.amount_label.setText(QCoreApplication.translate("TransferForm", u"&Amount", None))
        self.date_label.setText(QCoreApplication.translate("TransferForm", u"&Date", None))
        self.reason_label.setText(QCoreApplication.translate("TransferForm", u"&Reason", None))
        pass
    # retranslateUi

