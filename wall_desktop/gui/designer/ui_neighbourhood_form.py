"""Compiled from ui/neighbourhood_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'neighbourhood_form.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QWidget)

class Ui_NeighbourhoodForm(object):
    def setupUi(self, NeighbourhoodForm):
        if not NeighbourhoodForm.objectName():
            NeighbourhoodForm.setObjectName(u"NeighbourhoodForm")
        self.form = QFormLayout(NeighbourhoodForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(NeighbourhoodForm)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(NeighbourhoodForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.recruitment_status_label = QLabel(NeighbourhoodForm)
        self.recruitment_status_label.setObjectName(u"recruitment_status_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recruitment_status_label)

        self.recruitment_status = QComboBox(NeighbourhoodForm)
        self.recruitment_status.setObjectName(u"recruitment_status")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recruitment_status)

        self.recruitment_start_label = QLabel(NeighbourhoodForm)
        self.recruitment_start_label.setObjectName(u"recruitment_start_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recruitment_start_label)

        self.recruitment_start = QDateEdit(NeighbourhoodForm)
        self.recruitment_start.setObjectName(u"recruitment_start")
        self.recruitment_start.setDisplayFormat(u"dd.MM.yyyy")
        self.recruitment_start.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recruitment_start)

        self.recruitment_end_label = QLabel(NeighbourhoodForm)
        self.recruitment_end_label.setObjectName(u"recruitment_end_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recruitment_end_label)

        self.recruitment_end = QDateEdit(NeighbourhoodForm)
        self.recruitment_end.setObjectName(u"recruitment_end")
        self.recruitment_end.setDisplayFormat(u"dd.MM.yyyy")
        self.recruitment_end.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recruitment_end)

        self.cycle_start_label = QLabel(NeighbourhoodForm)
        self.cycle_start_label.setObjectName(u"cycle_start_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cycle_start_label)

        self.cycle_start = QDateEdit(NeighbourhoodForm)
        self.cycle_start.setObjectName(u"cycle_start")
        self.cycle_start.setDisplayFormat(u"dd.MM.yyyy")
        self.cycle_start.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cycle_start)

        self.cycle_end_label = QLabel(NeighbourhoodForm)
        self.cycle_end_label.setObjectName(u"cycle_end_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cycle_end_label)

        self.cycle_end = QDateEdit(NeighbourhoodForm)
        self.cycle_end.setObjectName(u"cycle_end")
        self.cycle_end.setDisplayFormat(u"dd.MM.yyyy")
        self.cycle_end.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cycle_end)

        self.mentor_ids_label = QLabel(NeighbourhoodForm)
        self.mentor_ids_label.setObjectName(u"mentor_ids_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mentor_ids_label)

        self.mentor_ids = QListWidget(NeighbourhoodForm)
        self.mentor_ids.setObjectName(u"mentor_ids")
        self.mentor_ids.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mentor_ids)

        self.notes_label = QLabel(NeighbourhoodForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(NeighbourhoodForm)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 80))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.recruitment_status_label.setBuddy(self.recruitment_status)
        self.recruitment_start_label.setBuddy(self.recruitment_start)
        self.recruitment_end_label.setBuddy(self.recruitment_end)
        self.cycle_start_label.setBuddy(self.cycle_start)
        self.cycle_end_label.setBuddy(self.cycle_end)
        self.mentor_ids_label.setBuddy(self.mentor_ids)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.recruitment_status)
        QWidget.setTabOrder(self.recruitment_status, self.recruitment_start)
        QWidget.setTabOrder(self.recruitment_start, self.recruitment_end)
        QWidget.setTabOrder(self.recruitment_end, self.cycle_start)
        QWidget.setTabOrder(self.cycle_start, self.cycle_end)
        QWidget.setTabOrder(self.cycle_end, self.mentor_ids)
        QWidget.setTabOrder(self.mentor_ids, self.notes)

        self.retranslateUi(NeighbourhoodForm)

        QMetaObject.connectSlotsByName(NeighbourhoodForm)
    # setupUi

    def retranslateUi(self, NeighbourhoodForm):
        self.name_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"&Name", None))
        self.recruitment_status_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"&Recruitment", None))
        self.recruitment_start_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"Recruitment &from", None))
        self.recruitment_end_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"Recruitment &until", None))
        self.cycle_start_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"&Cycle from", None))
        self.cycle_end_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"Cycle un&til", None))
        self.mentor_ids_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"&Mentors", None))
        self.notes_label.setText(QCoreApplication.translate("NeighbourhoodForm", u"N&otes", None))
        pass
    # retranslateUi

