"""Compiled from ui/project_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_form.ui'
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
    QSpinBox, QWidget)

class Ui_ProjectForm(object):
    def setupUi(self, ProjectForm):
        if not ProjectForm.objectName():
            ProjectForm.setObjectName(u"ProjectForm")
        self.form = QFormLayout(ProjectForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.neighbourhood_id_label = QLabel(ProjectForm)
        self.neighbourhood_id_label.setObjectName(u"neighbourhood_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.neighbourhood_id_label)

        self.neighbourhood_id = QComboBox(ProjectForm)
        self.neighbourhood_id.setObjectName(u"neighbourhood_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.neighbourhood_id)

        self.title_label = QLabel(ProjectForm)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(ProjectForm)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.status_label = QLabel(ProjectForm)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(ProjectForm)
        self.status.setObjectName(u"status")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status)

        self.start_date_label = QLabel(ProjectForm)
        self.start_date_label.setObjectName(u"start_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date = QDateEdit(ProjectForm)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")
        self.start_date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_date_label = QLabel(ProjectForm)
        self.end_date_label.setObjectName(u"end_date_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_date_label)

        self.end_date = QDateEdit(ProjectForm)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setDisplayFormat(u"dd.MM.yyyy")
        self.end_date.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.grant_amount_label = QLabel(ProjectForm)
        self.grant_amount_label.setObjectName(u"grant_amount_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.grant_amount_label)

        self.grant_amount = QLineEdit(ProjectForm)
        self.grant_amount.setObjectName(u"grant_amount")
        self.grant_amount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.grant_amount.setPlaceholderText(u"0,00 z\u0142")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.grant_amount)

        self.beneficiaries_label = QLabel(ProjectForm)
        self.beneficiaries_label.setObjectName(u"beneficiaries_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.beneficiaries_label)

        self.beneficiaries = QSpinBox(ProjectForm)
        self.beneficiaries.setObjectName(u"beneficiaries")
        self.beneficiaries.setMinimum(-1)
        self.beneficiaries.setMaximum(1000000)
        self.beneficiaries.setValue(-1)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.beneficiaries)

        self.beneficiaries_note_label = QLabel(ProjectForm)
        self.beneficiaries_note_label.setObjectName(u"beneficiaries_note_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.beneficiaries_note_label)

        self.beneficiaries_note = QLineEdit(ProjectForm)
        self.beneficiaries_note.setObjectName(u"beneficiaries_note")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.beneficiaries_note)

        self.needs_label = QLabel(ProjectForm)
        self.needs_label.setObjectName(u"needs_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.needs_label)

        self.needs = QPlainTextEdit(ProjectForm)
        self.needs.setObjectName(u"needs")
        self.needs.setMaximumSize(QSize(16777215, 58))
        self.needs.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.needs)

        self.goals_label = QLabel(ProjectForm)
        self.goals_label.setObjectName(u"goals_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.goals_label)

        self.goals = QPlainTextEdit(ProjectForm)
        self.goals.setObjectName(u"goals")
        self.goals.setMaximumSize(QSize(16777215, 58))
        self.goals.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.goals)

        self.planned_actions_label = QLabel(ProjectForm)
        self.planned_actions_label.setObjectName(u"planned_actions_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.planned_actions_label)

        self.planned_actions = QPlainTextEdit(ProjectForm)
        self.planned_actions.setObjectName(u"planned_actions")
        self.planned_actions.setMaximumSize(QSize(16777215, 58))
        self.planned_actions.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.planned_actions)

        self.outcome_label = QLabel(ProjectForm)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome = QPlainTextEdit(ProjectForm)
        self.outcome.setObjectName(u"outcome")
        self.outcome.setMaximumSize(QSize(16777215, 58))
        self.outcome.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.good_practice_label = QLabel(ProjectForm)
        self.good_practice_label.setObjectName(u"good_practice_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.good_practice_label)

        self.good_practice = QPlainTextEdit(ProjectForm)
        self.good_practice.setObjectName(u"good_practice")
        self.good_practice.setMaximumSize(QSize(16777215, 58))
        self.good_practice.setTabChangesFocus(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.good_practice)

#if QT_CONFIG(shortcut)
        self.neighbourhood_id_label.setBuddy(self.neighbourhood_id)
        self.title_label.setBuddy(self.title)
        self.status_label.setBuddy(self.status)
        self.start_date_label.setBuddy(self.start_date)
        self.end_date_label.setBuddy(self.end_date)
        self.grant_amount_label.setBuddy(self.grant_amount)
        self.beneficiaries_label.setBuddy(self.beneficiaries)
        self.beneficiaries_note_label.setBuddy(self.beneficiaries_note)
        self.needs_label.setBuddy(self.needs)
        self.goals_label.setBuddy(self.goals)
        self.planned_actions_label.setBuddy(self.planned_actions)
        self.outcome_label.setBuddy(self.outcome)
        self.good_practice_label.setBuddy(self.good_practice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.neighbourhood_id, self.title)
        QWidget.setTabOrder(self.title, self.status)
        QWidget.setTabOrder(self.status, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.grant_amount)
        QWidget.setTabOrder(self.grant_amount, self.beneficiaries)
        QWidget.setTabOrder(self.beneficiaries, self.beneficiaries_note)
        QWidget.setTabOrder(self.beneficiaries_note, self.needs)
        QWidget.setTabOrder(self.needs, self.goals)
        QWidget.setTabOrder(self.goals, self.planned_actions)
        QWidget.setTabOrder(self.planned_actions, self.outcome)
        QWidget.setTabOrder(self.outcome, self.good_practice)

        self.retranslateUi(ProjectForm)

        QMetaObject.connectSlotsByName(ProjectForm)
    # setupUi

    def retranslateUi(self, ProjectForm):
        self.neighbourhood_id_label.setText(QCoreApplication.translate("ProjectForm", u"&Neighbourhood", None))
        self.title_label.setText(QCoreApplication.translate("ProjectForm", u"&Title", None))
        self.status_label.setText(QCoreApplication.translate("ProjectForm", u"&Status", None))
        self.start_date_label.setText(QCoreApplication.translate("ProjectForm", u"St&art", None))
        self.end_date_label.setText(QCoreApplication.translate("ProjectForm", u"&End", None))
        self.grant_amount_label.setText(QCoreApplication.translate("ProjectForm", u"&Grant", None))
        self.beneficiaries_label.setText(QCoreApplication.translate("ProjectForm", u"&Beneficiaries", None))
        self.beneficiaries_note_label.setText(QCoreApplication.translate("ProjectForm", u"&Who benefited", None))
        self.needs_label.setText(QCoreApplication.translate("ProjectForm", u"&Residents' needs", None))
        self.goals_label.setText(QCoreApplication.translate("ProjectForm", u"G&oals", None))
        self.planned_actions_label.setText(QCoreApplication.translate("ProjectForm", u"&Planned actions", None))
        self.outcome_label.setText(QCoreApplication.translate("ProjectForm", u"O&utcome", None))
        self.good_practice_label.setText(QCoreApplication.translate("ProjectForm", u"Good pra&ctice", None))
        pass
    # retranslateUi

