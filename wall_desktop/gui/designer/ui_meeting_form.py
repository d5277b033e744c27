"""Compiled from ui/meeting_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_form.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        self.form = QFormLayout(MeetingForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.date_label = QLabel(MeetingForm)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = QDateEdit(MeetingForm)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"dd.MM.yyyy")
        self.date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.start_time_label = QLabel(MeetingForm)
        self.start_time_label.setObjectName(u"start_time_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time = QLineEdit(MeetingForm)
        self.start_time.setObjectName(u"start_time")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.place_label = QLabel(MeetingForm)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(MeetingForm)
        self.place.setObjectName(u"place")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.residents_present_label = QLabel(MeetingForm)
        self.residents_present_label.setObjectName(u"residents_present_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.residents_present_label)

        self.residents_present = QSpinBox(MeetingForm)
        self.residents_present.setObjectName(u"residents_present")
        self.residents_present.setMaximum(100000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.residents_present)

        self.needs_label = QLabel(MeetingForm)
        self.needs_label.setObjectName(u"needs_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.needs_label)

        self.needs = QPlainTextEdit(MeetingForm)
        self.needs.setObjectName(u"needs")
        self.needs.setMaximumSize(QSize(16777215, 70))
        self.needs.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.needs)

        self.decisions_label = QLabel(MeetingForm)
        self.decisions_label.setObjectName(u"decisions_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisions_label)

        self.decisions = QPlainTextEdit(MeetingForm)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setMaximumSize(QSize(16777215, 90))
        self.decisions.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisions)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date)
        self.start_time_label.setBuddy(self.start_time)
        self.place_label.setBuddy(self.place)
        self.residents_present_label.setBuddy(self.residents_present)
        self.needs_label.setBuddy(self.needs)
        self.decisions_label.setBuddy(self.decisions)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.place)
        QWidget.setTabOrder(self.place, self.residents_present)
        QWidget.setTabOrder(self.residents_present, self.needs)
        QWidget.setTabOrder(self.needs, self.decisions)

        self.retranslateUi(MeetingForm)

        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        self.date_label.setText(QCoreApplication.translate("MeetingForm", u"&Date", None))
        self.start_time_label.setText(QCoreApplication.translate("MeetingForm", u"T&ime", None))
        self.place_label.setText(QCoreApplication.translate("MeetingForm", u"&Place", None))
        self.residents_present_label.setText(QCoreApplication.translate("MeetingForm", u"&Residents present", None))
        self.needs_label.setText(QCoreApplication.translate("MeetingForm", u"&Needs raised", None))
        self.decisions_label.setText(QCoreApplication.translate("MeetingForm", u"&What was agreed", None))
        pass
    # retranslateUi

