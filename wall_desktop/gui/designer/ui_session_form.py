"""Compiled from ui/session_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_form.ui'
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

class Ui_SessionForm(object):
    def setupUi(self, SessionForm):
        if not SessionForm.objectName():
            SessionForm.setObjectName(u"SessionForm")
        self.form = QFormLayout(SessionForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.date_label = QLabel(SessionForm)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date = QDateEdit(SessionForm)
        self.date.setObjectName(u"date")
        self.date.setDisplayFormat(u"dd.MM.yyyy")
        self.date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)

        self.start_time_label = QLabel(SessionForm)
        self.start_time_label.setObjectName(u"start_time_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.start_time_label)

        self.start_time = QLineEdit(SessionForm)
        self.start_time.setObjectName(u"start_time")
        self.start_time.setPlaceholderText(u"09:30")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.end_time_label = QLabel(SessionForm)
        self.end_time_label.setObjectName(u"end_time_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.end_time_label)

        self.end_time = QLineEdit(SessionForm)
        self.end_time.setObjectName(u"end_time")
        self.end_time.setPlaceholderText(u"15:30")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end_time)

        self.hours_label = QLabel(SessionForm)
        self.hours_label.setObjectName(u"hours_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours = QLineEdit(SessionForm)
        self.hours.setObjectName(u"hours")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hours)

        self.topic_label = QLabel(SessionForm)
        self.topic_label.setObjectName(u"topic_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic = QLineEdit(SessionForm)
        self.topic.setObjectName(u"topic")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.topic)

        self.trainer_id_label = QLabel(SessionForm)
        self.trainer_id_label.setObjectName(u"trainer_id_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.trainer_id_label)

        self.trainer_id = QComboBox(SessionForm)
        self.trainer_id.setObjectName(u"trainer_id")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.trainer_id)

        self.place_label = QLabel(SessionForm)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(SessionForm)
        self.place.setObjectName(u"place")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.status_label = QLabel(SessionForm)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(SessionForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status)

        self.notes_label = QLabel(SessionForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(SessionForm)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date)
        self.start_time_label.setBuddy(self.start_time)
        self.end_time_label.setBuddy(self.end_time)
        self.hours_label.setBuddy(self.hours)
        self.topic_label.setBuddy(self.topic)
        self.trainer_id_label.setBuddy(self.trainer_id)
        self.place_label.setBuddy(self.place)
        self.status_label.setBuddy(self.status)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.start_time)
        QWidget.setTabOrder(self.start_time, self.end_time)
        QWidget.setTabOrder(self.end_time, self.hours)
        QWidget.setTabOrder(self.hours, self.topic)
        QWidget.setTabOrder(self.topic, self.trainer_id)
        QWidget.setTabOrder(self.trainer_id, self.place)
        QWidget.setTabOrder(self.place, self.status)
        QWidget.setTabOrder(self.status, self.notes)

        self.retranslateUi(SessionForm)

        QMetaObject.connectSlotsByName(SessionForm)
    # setupUi

    def retranslateUi(self, SessionForm):
        self.date_label.setText(QCoreApplication.translate("SessionForm", u"&Date", None))
        self.start_time_label.setText(QCoreApplication.translate("SessionForm", u"&Starts at", None))
        self.end_time_label.setText(QCoreApplication.translate("SessionForm", u"&Ends at", None))
        self.hours_label.setText(QCoreApplication.translate("SessionForm", u"&Hours", None))
        self.topic_label.setText(QCoreApplication.translate("SessionForm", u"&Topic", None))
        self.trainer_id_label.setText(QCoreApplication.translate("SessionForm", u"T&rainer", None))
        self.place_label.setText(QCoreApplication.translate("SessionForm", u"&Place", None))
        self.status_label.setText(QCoreApplication.translate("SessionForm", u"St&atus", None))
        self.notes_label.setText(QCoreApplication.translate("SessionForm", u"N&otes", None))
        pass
    # retranslateUi

