"""Compiled from ui/programme_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_form.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_ProgrammeForm(object):
    def setupUi(self, ProgrammeForm):
        if not ProgrammeForm.objectName():
            ProgrammeForm.setObjectName(u"ProgrammeForm")
        self.form = QFormLayout(ProgrammeForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(ProgrammeForm)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(ProgrammeForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.start_date_label = QLabel(ProgrammeForm)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QDateEdit(ProgrammeForm)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")
        self.start_date.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(ProgrammeForm)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = QDateEdit(ProgrammeForm)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setDisplayFormat(u"dd.MM.yyyy")
        self.end_date.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.funder_label = QLabel(ProgrammeForm)
        self.funder_label.setObjectName(u"funder_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.funder_label)

        self.funder = QLineEdit(ProgrammeForm)
        self.funder.setObjectName(u"funder")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.funder)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.funder_label.setBuddy(self.funder)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.funder)

        self.retranslateUi(ProgrammeForm)

        QMetaObject.connectSlotsByName(ProgrammeForm)
    # setupUi

    def retranslateUi(self, ProgrammeForm):
        self.name_label.setText(QCoreApplication.translate("ProgrammeForm", u"&Name", None))
        self.start_date_label.setText(QCoreApplication.translate("ProgrammeForm", u"&Start date", None))
        self.end_date_label.setText(QCoreApplication.translate("ProgrammeForm", u"&End date", None))
        self.funder_label.setText(QCoreApplication.translate("ProgrammeForm", u"&Funder", None))
        pass
    # retranslateUi

