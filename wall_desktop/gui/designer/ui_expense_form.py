"""Compiled from ui/expense_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_form.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QWidget)

class Ui_ExpenseForm(object):
    def setupUi(self, ExpenseForm):
        if not ExpenseForm.objectName():
            ExpenseForm.setObjectName(u"ExpenseForm")
        self.form = QFormLayout(ExpenseForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.budget_line_id_label = QLabel(ExpenseForm)
        self.budget_line_id_label.setObjectName(u"budget_line_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budget_line_id_label)

        self.budget_line_id = QComboBox(ExpenseForm)
        self.budget_line_id.setObjectName(u"budget_line_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budget_line_id)

        self.date_label = QLabel(ExpenseForm)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = QDateEdit(ExpenseForm)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"dd.MM.yyyy")
        self.date.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.document_number_label = QLabel(ExpenseForm)
        self.document_number_label.setObjectName(u"document_number_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.document_number_label)

        self.document_number = QLineEdit(ExpenseForm)
        self.document_number.setObjectName(u"document_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.document_number)

        self.document_kind_label = QLabel(ExpenseForm)
        self.document_kind_label.setObjectName(u"document_kind_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.document_kind_label)

        self.document_kind = QComboBox(ExpenseForm)
        self.document_kind.setObjectName(u"document_kind")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.document_kind)

        self.vendor_label = QLabel(ExpenseForm)
        self.vendor_label.setObjectName(u"vendor_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vendor_label)

        self.vendor = QLineEdit(ExpenseForm)
        self.vendor.setObjectName(u"vendor")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vendor)

        self.description_label = QLabel(ExpenseForm)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QPlainTextEdit(ExpenseForm)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 60))
        self.description.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)

        self.amount_label = QLabel(ExpenseForm)
        self.amount_label.setObjectName(u"amount_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount = QLineEdit(ExpenseForm)
        self.amount.setObjectName(u"amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.amount.setPlaceholderText(u"0,00 z\u0142")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amount)

        self.hours_label = QLabel(ExpenseForm)
        self.hours_label.setObjectName(u"hours_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours = QLineEdit(ExpenseForm)
        self.hours.setObjectName(u"hours")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hours)

        self.corrects_id_label = QLabel(ExpenseForm)
        self.corrects_id_label.setObjectName(u"corrects_id_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.corrects_id_label)

        self.corrects_id = QComboBox(ExpenseForm)
        self.corrects_id.setObjectName(u"corrects_id")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.corrects_id)

        self.payment_date_label = QLabel(ExpenseForm)
        self.payment_date_label.setObjectName(u"payment_date_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.payment_date_label)

        self.payment_date = QDateEdit(ExpenseForm)
        self.payment_date.setObjectName(u"payment_date")
        self.payment_date.setDisplayFormat(u"dd.MM.yyyy")
        self.payment_date.setCalendarPopup(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.payment_date)

        self.payment_method_label = QLabel(ExpenseForm)
        self.payment_method_label.setObjectName(u"payment_method_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.payment_method_label)

        self.payment_method = QComboBox(ExpenseForm)
        self.payment_method.setObjectName(u"payment_method")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.payment_method)

        self.handled_by_id_label = QLabel(ExpenseForm)
        self.handled_by_id_label.setObjectName(u"handled_by_id_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.handled_by_id_label)

        self.handled_by_id = QComboBox(ExpenseForm)
        self.handled_by_id.setObjectName(u"handled_by_id")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.handled_by_id)

#if QT_CONFIG(shortcut)
        self.budget_line_id_label.setBuddy(self.budget_line_id)
        self.date_label.setBuddy(self.date)
        self.document_number_label.setBuddy(self.document_number)
        self.document_kind_label.setBuddy(self.document_kind)
        self.vendor_label.setBuddy(self.vendor)
        self.description_label.setBuddy(self.description)
        self.amount_label.setBuddy(self.amount)
        self.hours_label.setBuddy(self.hours)
        self.corrects_id_label.setBuddy(self.corrects_id)
        self.payment_date_label.setBuddy(self.payment_date)
        self.payment_method_label.setBuddy(self.payment_method)
        self.handled_by_id_label.setBuddy(self.handled_by_id)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.budget_line_id, self.date)
        QWidget.setTabOrder(self.date, self.document_number)
        QWidget.setTabOrder(self.document_number, self.document_kind)
        QWidget.setTabOrder(self.document_kind, self.vendor)
        QWidget.setTabOrder(self.vendor, self.description)
        QWidget.setTabOrder(self.description, self.amount)
        QWidget.setTabOrder(self.amount, self.hours)
        QWidget.setTabOrder(self.hours, self.corrects_id)
        QWidget.setTabOrder(self.corrects_id, self.payment_date)
        QWidget.setTabOrder(self.payment_date, self.payment_method)
        QWidget.setTabOrder(self.payment_method, self.handled_by_id)

        self.retranslateUi(ExpenseForm)

        QMetaObject.connectSlotsByName(ExpenseForm)
    # setupUi

    def retranslateUi(self, ExpenseForm):
        self.budget_line_id_label.setText(QCoreApplication.translate("ExpenseForm", u"&Budget line", None))
        self.date_label.setText(QCoreApplication.translate("ExpenseForm", u"&Date", None))
        self.document_number_label.setText(QCoreApplication.translate("ExpenseForm", u"Document &number", None))
        self.document_kind_label.setText(QCoreApplication.translate("ExpenseForm", u"Document &kind", None))
        self.vendor_label.setText(QCoreApplication.translate("ExpenseForm", u"&Vendor", None))
        self.description_label.setText(QCoreApplication.translate("ExpenseForm", u"Descri&ption", None))
        self.amount_label.setText(QCoreApplication.translate("ExpenseForm", u"&Amount", None))
        self.hours_label.setText(QCoreApplication.translate("ExpenseForm", u"Volunteer &hours", None))
        self.corrects_id_label.setText(QCoreApplication.translate("ExpenseForm", u"&Corrects", None))
        self.payment_date_label.setText(QCoreApplication.translate("ExpenseForm", u"Paid &on", None))
        self.payment_method_label.setText(QCoreApplication.translate("ExpenseForm", u"Payment &method", None))
        self.handled_by_id_label.setText(QCoreApplication.translate("ExpenseForm", u"Handled b&y", None))
        pass
    # retranslateUi

