"""Compiled from ui/workbook_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workbook_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLayout,
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WorkbookDialog(object):
    def setupUi(self, workbook_dialog):
        if not workbook_dialog.objectName():
            workbook_dialog.setObjectName(u"workbook_dialog")
        self.outer = QVBoxLayout(workbook_dialog)
        self.outer.setObjectName(u"outer")
        self.outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading = QLabel(workbook_dialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.outer.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.scope_label = QLabel(workbook_dialog)
        self.scope_label.setObjectName(u"scope_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope = QHBoxLayout()
        self.scope.setObjectName(u"scope")
        self.scope_whole = QRadioButton(workbook_dialog)
        self.scope_group = QButtonGroup(workbook_dialog)
        self.scope_group.setObjectName(u"scope_group")
        self.scope_group.addButton(self.scope_whole)
        self.scope_whole.setObjectName(u"scope_whole")
        self.scope_whole.setChecked(True)

        self.scope.addWidget(self.scope_whole)

        self.scope_gap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.scope.addItem(self.scope_gap)

        self.scope_one = QRadioButton(workbook_dialog)
        self.scope_group.addButton(self.scope_one)
        self.scope_one.setObjectName(u"scope_one")

        self.scope.addWidget(self.scope_one)

        self.neighbourhood = QComboBox(workbook_dialog)
        self.neighbourhood.setObjectName(u"neighbourhood")
        self.neighbourhood.setEnabled(False)
        self.neighbourhood.setMinimumContentsLength(24)

        self.scope.addWidget(self.neighbourhood)

        self.scope.setStretch(3, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.scope)

        self.period_label = QLabel(workbook_dialog)
        self.period_label.setObjectName(u"period_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_box = QVBoxLayout()
        self.period_box.setSpacing(2)
        self.period_box.setObjectName(u"period_box")
        self.period = QHBoxLayout()
        self.period.setObjectName(u"period")
        self.limit_dates = QCheckBox(workbook_dialog)
        self.limit_dates.setObjectName(u"limit_dates")

        self.period.addWidget(self.limit_dates)

        self.date_from = QDateEdit(workbook_dialog)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setDisplayFormat(u"dd.MM.yyyy")
        self.date_from.setCalendarPopup(True)

        self.period.addWidget(self.date_from)

        self.to_label = QLabel(workbook_dialog)
        self.to_label.setObjectName(u"to_label")

        self.period.addWidget(self.to_label)

        self.date_to = QDateEdit(workbook_dialog)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setDisplayFormat(u"dd.MM.yyyy")
        self.date_to.setCalendarPopup(True)

        self.period.addWidget(self.date_to)

        self.period_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period.addItem(self.period_gap)

        self.period.setStretch(4, 1)

        self.period_box.addLayout(self.period)

        self.period_note = QLabel(workbook_dialog)
        self.period_note.setObjectName(u"period_note")
        self.period_note.setStyleSheet(u"color: #555;")
        self.period_note.setWordWrap(True)

        self.period_box.addWidget(self.period_note)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.period_box)

        self.contacts_label = QLabel(workbook_dialog)
        self.contacts_label.setObjectName(u"contacts_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contacts_label)

        self.contacts_box = QVBoxLayout()
        self.contacts_box.setSpacing(2)
        self.contacts_box.setObjectName(u"contacts_box")
        self.with_contacts = QCheckBox(workbook_dialog)
        self.with_contacts.setObjectName(u"with_contacts")

        self.contacts_box.addWidget(self.with_contacts)

        self.contacts_note = QLabel(workbook_dialog)
        self.contacts_note.setObjectName(u"contacts_note")
        self.contacts_note.setStyleSheet(u"color: #555;")
        self.contacts_note.setWordWrap(True)

        self.contacts_box.addWidget(self.contacts_note)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contacts_box)

        self.target_label = QLabel(workbook_dialog)
        self.target_label.setObjectName(u"target_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_box = QHBoxLayout()
        self.target_box.setObjectName(u"target_box")
        self.target = QLineEdit(workbook_dialog)
        self.target.setObjectName(u"target")

        self.target_box.addWidget(self.target)

        self.choose_target = QPushButton(workbook_dialog)
        self.choose_target.setObjectName(u"choose_target")

        self.target_box.addWidget(self.choose_target)

        self.target_box.setStretch(0, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.target_box)


        self.outer.addLayout(self.form)

        self.progress = QProgressBar(workbook_dialog)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)
        self.progress.setMaximum(1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)

        self.outer.addWidget(self.progress)

        self.status = QLabel(workbook_dialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.status)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.buttons = QDialogButtonBox(workbook_dialog)
        self.buttons.setObjectName(u"buttons")

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_whole)
        self.period_label.setBuddy(self.limit_dates)
        self.to_label.setBuddy(self.date_to)
        self.contacts_label.setBuddy(self.with_contacts)
        self.target_label.setBuddy(self.target)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope_whole, self.scope_one)
        QWidget.setTabOrder(self.scope_one, self.neighbourhood)
        QWidget.setTabOrder(self.neighbourhood, self.limit_dates)
        QWidget.setTabOrder(self.limit_dates, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.with_contacts)
        QWidget.setTabOrder(self.with_contacts, self.target)
        QWidget.setTabOrder(self.target, self.choose_target)
        QWidget.setTabOrder(self.choose_target, self.buttons)

        self.retranslateUi(workbook_dialog)

        QMetaObject.connectSlotsByName(workbook_dialog)
    # setupUi

    def retranslateUi(self, workbook_dialog):
        workbook_dialog.setWindowTitle(QCoreApplication.translate("WorkbookDialog", u"Report for the funder", None))
        self.scope_label.setText(QCoreApplication.translate("WorkbookDialog", u"&Scope:", None))
        self.scope_whole.setText(QCoreApplication.translate("WorkbookDialog", u"The whole programme", None))
        self.scope_one.setText(QCoreApplication.translate("WorkbookDialog", u"One neighbourhood:", None))
        self.period_label.setText(QCoreApplication.translate("WorkbookDialog", u"&Period:", None))
        self.limit_dates.setText(QCoreApplication.translate("WorkbookDialog", u"Only from", None))
        self.to_label.setText(QCoreApplication.translate("WorkbookDialog", u"to", None))
        self.period_note.setText(QCoreApplication.translate("WorkbookDialog", u"Unticked: the whole period of the programme. Sessions, meetings and certificates are counted inside the dates.", None))
        self.contacts_label.setText(QCoreApplication.translate("WorkbookDialog", u"&Contact data:", None))
        self.with_contacts.setText(QCoreApplication.translate("WorkbookDialog", u"Include contact data (birth dates, e-mail, phone)", None))
        self.contacts_note.setText(QCoreApplication.translate("WorkbookDialog", u"Off by default: the funder needs no personal contact data, and every copy of it is one more to protect (GDPR).", None))
        self.target_label.setText(QCoreApplication.translate("WorkbookDialog", u"&File:", None))
        self.choose_target.setText(QCoreApplication.translate("WorkbookDialog", u"Choose\u2026", None))
    # retranslateUi

