"""Compiled from ui/budget_line_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_line_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_BudgetLineForm(object):
    def setupUi(self, BudgetLineForm):
        if not BudgetLineForm.objectName():
            BudgetLineForm.setObjectName(u"BudgetLineForm")
        self.form = QFormLayout(BudgetLineForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.category_label = QLabel(BudgetLineForm)
        self.category_label.setObjectName(u"category_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category = QLineEdit(BudgetLineForm)
        self.category.setObjectName(u"category")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category)

        self.description_label = QLabel(BudgetLineForm)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description = QLineEdit(BudgetLineForm)
        self.description.setObjectName(u"description")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description)

        self.funding_source_label = QLabel(BudgetLineForm)
        self.funding_source_label.setObjectName(u"funding_source_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funding_source_label)

        self.funding_source = QComboBox(BudgetLineForm)
        self.funding_source.setObjectName(u"funding_source")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.funding_source)

        self.planned_label = QLabel(BudgetLineForm)
        self.planned_label.setObjectName(u"planned_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planned_label)

        self.planned = QLineEdit(BudgetLineForm)
        self.planned.setObjectName(u"planned")
        self.planned.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.planned.setPlaceholderText(u"0,00 z\u0142")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planned)

        self.in_kind_hours_label = QLabel(BudgetLineForm)
        self.in_kind_hours_label.setObjectName(u"in_kind_hours_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.in_kind_hours_label)

        self.in_kind_hours = QLineEdit(BudgetLineForm)
        self.in_kind_hours.setObjectName(u"in_kind_hours")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.in_kind_hours)

        self.in_kind_rate_label = QLabel(BudgetLineForm)
        self.in_kind_rate_label.setObjectName(u"in_kind_rate_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.in_kind_rate_label)

        self.in_kind_rate = QLineEdit(BudgetLineForm)
        self.in_kind_rate.setObjectName(u"in_kind_rate")
        self.in_kind_rate.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.in_kind_rate.setPlaceholderText(u"0,00 z\u0142")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.in_kind_rate)

#if QT_CONFIG(shortcut)
        self.category_label.setBuddy(self.category)
        self.description_label.setBuddy(self.description)
        self.funding_source_label.setBuddy(self.funding_source)
        self.planned_label.setBuddy(self.planned)
        self.in_kind_hours_label.setBuddy(self.in_kind_hours)
        self.in_kind_rate_label.setBuddy(self.in_kind_rate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.category, self.description)
        QWidget.setTabOrder(self.description, self.funding_source)
        QWidget.setTabOrder(self.funding_source, self.planned)
        QWidget.setTabOrder(self.planned, self.in_kind_hours)
        QWidget.setTabOrder(self.in_kind_hours, self.in_kind_rate)

        self.retranslateUi(BudgetLineForm)

        QMetaObject.connectSlotsByName(BudgetLineForm)
    # setupUi

    def retranslateUi(self, BudgetLineForm):
        self.category_label.setText(QCoreApplication.translate("BudgetLineForm", u"&Category", None))
        self.description_label.setText(QCoreApplication.translate("BudgetLineForm", u"&Description", None))
        self.funding_source_label.setText(QCoreApplication.translate("BudgetLineForm", u"&Funding source", None))
        self.planned_label.setText(QCoreApplication.translate("BudgetLineForm", u"&Planned", None))
        self.in_kind_hours_label.setText(QCoreApplication.translate("BudgetLineForm", u"Volunteer &hours", None))
        self.in_kind_rate_label.setText(QCoreApplication.translate("BudgetLineForm", u"Hourly &rate", None))
        pass
    # retranslateUi

