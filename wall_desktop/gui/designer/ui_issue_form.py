"""Compiled from ui/issue_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_form.ui'
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
    QSizePolicy, QWidget)

class Ui_IssueForm(object):
    def setupUi(self, IssueForm):
        if not IssueForm.objectName():
            IssueForm.setObjectName(u"IssueForm")
        self.form = QFormLayout(IssueForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(IssueForm)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.question)

        self.explanation = QLabel(IssueForm)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.explanation)

        self.issue_date_label = QLabel(IssueForm)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date = QDateEdit(IssueForm)
        self.issue_date.setObjectName(u"issue_date")
        self.issue_date.setDisplayFormat(u"dd.MM.yyyy")
        self.issue_date.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issue_date)

#if QT_CONFIG(shortcut)
        self.issue_date_label.setBuddy(self.issue_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IssueForm)

        QMetaObject.connectSlotsByName(IssueForm)
    # setupUi

    def retranslateUi(self, IssueForm):
        self.explanation.setText(QCoreApplication.translate("IssueForm", u"Each certificate gets the next number of the programme's register and keeps the hours counted today. Numbers are final: a certificate issued by mistake can only be revoked, and its number stays in the register.", None))
        self.issue_date_label.setText(QCoreApplication.translate("IssueForm", u"Issue &date", None))
        pass
    # retranslateUi

