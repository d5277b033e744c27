"""Compiled from ui/person_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.form = QFormLayout(PersonForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.first_name_label = QLabel(PersonForm)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(PersonForm)
        self.first_name.setObjectName(u"first_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(PersonForm)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(PersonForm)
        self.last_name.setObjectName(u"last_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.gender_label = QLabel(PersonForm)
        self.gender_label.setObjectName(u"gender_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(PersonForm)
        self.gender.setObjectName(u"gender")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gender)

        self.birth_date_label = QLabel(PersonForm)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = QDateEdit(PersonForm)
        self.birth_date.setObjectName(u"birth_date")
        self.birth_date.setDisplayFormat(u"dd.MM.yyyy")
        self.birth_date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.birth_year_label = QLabel(PersonForm)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year = QSpinBox(PersonForm)
        self.birth_year.setObjectName(u"birth_year")
        self.birth_year.setSpecialValueText(u"")
        self.birth_year.setMinimum(1899)
        self.birth_year.setMaximum(2100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_year)

        self.email_label = QLabel(PersonForm)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(PersonForm)
        self.email.setObjectName(u"email")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(PersonForm)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(PersonForm)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.neighbourhood_label = QLabel(PersonForm)
        self.neighbourhood_label.setObjectName(u"neighbourhood_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.neighbourhood_label)

        self.neighbourhood_id = QComboBox(PersonForm)
        self.neighbourhood_id.setObjectName(u"neighbourhood_id")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.neighbourhood_id)

        self.status_label = QLabel(PersonForm)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(PersonForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.roles_label = QLabel(PersonForm)
        self.roles_label.setObjectName(u"roles_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.roles_label)

        self.roles = QWidget(PersonForm)
        self.roles.setObjectName(u"roles")
        self.roles_layout = QHBoxLayout(self.roles)
        self.roles_layout.setObjectName(u"roles_layout")
        self.roles_layout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.roles)

        self.notes_label = QLabel(PersonForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(PersonForm)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.gender_label.setBuddy(self.gender)
        self.birth_date_label.setBuddy(self.birth_date)
        self.birth_year_label.setBuddy(self.birth_year)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.neighbourhood_label.setBuddy(self.neighbourhood_id)
        self.status_label.setBuddy(self.status)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.gender)
        QWidget.setTabOrder(self.gender, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.birth_year)
        QWidget.setTabOrder(self.birth_year, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.neighbourhood_id)
        QWidget.setTabOrder(self.neighbourhood_id, self.status)
        QWidget.setTabOrder(self.status, self.notes)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.first_name_label.setText(QCoreApplication.translate("PersonForm", u"&First name", None))
        self.last_name_label.setText(QCoreApplication.translate("PersonForm", u"&Last name", None))
        self.gender_label.setText(QCoreApplication.translate("PersonForm", u"&Gender", None))
        self.birth_date_label.setText(QCoreApplication.translate("PersonForm", u"&Birth date", None))
        self.birth_year_label.setText(QCoreApplication.translate("PersonForm", u"or birth &year", None))
        self.email_label.setText(QCoreApplication.translate("PersonForm", u"&Email", None))
        self.phone_label.setText(QCoreApplication.translate("PersonForm", u"&Phone", None))
        self.neighbourhood_label.setText(QCoreApplication.translate("PersonForm", u"&Neighbourhood", None))
        self.status_label.setText(QCoreApplication.translate("PersonForm", u"&Status", None))
        self.roles_label.setText(QCoreApplication.translate("PersonForm", u"Roles", None))
        self.notes_label.setText(QCoreApplication.translate("PersonForm", u"N&otes", None))
        pass
    # retranslateUi

