"""Compiled from ui/import_summary_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        self.box = QVBoxLayout(ImportSummaryPage)
        self.box.setObjectName(u"box")
        self.headline = QLabel(ImportSummaryPage)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)

        self.box.addWidget(self.headline)

        self.headline_gap = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.box.addItem(self.headline_gap)

        self.numbers = QFormLayout()
        self.numbers.setObjectName(u"numbers")
        self.numbers.setHorizontalSpacing(24)
        self.numbers.setVerticalSpacing(6)
        self.label_created = QLabel(ImportSummaryPage)
        self.label_created.setObjectName(u"label_created")

        self.numbers.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_created)

        self.value_created = QLabel(ImportSummaryPage)
        self.value_created.setObjectName(u"value_created")
        self.value_created.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(0, QFormLayout.ItemRole.FieldRole, self.value_created)

        self.label_updated = QLabel(ImportSummaryPage)
        self.label_updated.setObjectName(u"label_updated")

        self.numbers.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_updated)

        self.value_updated = QLabel(ImportSummaryPage)
        self.value_updated.setObjectName(u"value_updated")
        self.value_updated.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(1, QFormLayout.ItemRole.FieldRole, self.value_updated)

        self.label_skipped = QLabel(ImportSummaryPage)
        self.label_skipped.setObjectName(u"label_skipped")

        self.numbers.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_skipped)

        self.value_skipped = QLabel(ImportSummaryPage)
        self.value_skipped.setObjectName(u"value_skipped")
        self.value_skipped.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(2, QFormLayout.ItemRole.FieldRole, self.value_skipped)

        self.label_errors = QLabel(ImportSummaryPage)
        self.label_errors.setObjectName(u"label_errors")

        self.numbers.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_errors)

        self.value_errors = QLabel(ImportSummaryPage)
        self.value_errors.setObjectName(u"value_errors")
        self.value_errors.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(3, QFormLayout.ItemRole.FieldRole, self.value_errors)

        self.label_neighbourhoods = QLabel(ImportSummaryPage)
        self.label_neighbourhoods.setObjectName(u"label_neighbourhoods")

        self.numbers.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_neighbourhoods)

        self.value_neighbourhoods = QLabel(ImportSummaryPage)
        self.value_neighbourhoods.setObjectName(u"value_neighbourhoods")
        self.value_neighbourhoods.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(4, QFormLayout.ItemRole.FieldRole, self.value_neighbourhoods)

        self.label_programme = QLabel(ImportSummaryPage)
        self.label_programme.setObjectName(u"label_programme")

        self.numbers.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_programme)

        self.value_programme = QLabel(ImportSummaryPage)
        self.value_programme.setObjectName(u"value_programme")
        self.value_programme.setTextFormat(Qt.TextFormat.PlainText)

        self.numbers.setWidget(5, QFormLayout.ItemRole.FieldRole, self.value_programme)


        self.box.addLayout(self.numbers)

        self.numbers_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.box.addItem(self.numbers_gap)

        self.report = QLabel(ImportSummaryPage)
        self.report.setObjectName(u"report")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.box.addWidget(self.report)

        self.report_buttons = QHBoxLayout()
        self.report_buttons.setObjectName(u"report_buttons")
        self.open_report = QPushButton(ImportSummaryPage)
        self.open_report.setObjectName(u"open_report")

        self.report_buttons.addWidget(self.open_report)

        self.open_folder = QPushButton(ImportSummaryPage)
        self.open_folder.setObjectName(u"open_folder")

        self.report_buttons.addWidget(self.open_folder)

        self.report_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_buttons.addItem(self.report_buttons_end)


        self.box.addLayout(self.report_buttons)

        self.report_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.box.addItem(self.report_gap)

        self.backup = QLabel(ImportSummaryPage)
        self.backup.setObjectName(u"backup")
        self.backup.setStyleSheet(u"color: #555;")
        self.backup.setWordWrap(True)
        self.backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.box.addWidget(self.backup)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.box.addItem(self.bottom)

        QWidget.setTabOrder(self.open_report, self.open_folder)

        self.retranslateUi(ImportSummaryPage)

        QMetaObject.connectSlotsByName(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Import finished", None))
        ImportSummaryPage.setSubTitle(QCoreApplication.translate("ImportSummaryPage", u"What was written, and where the backup and the report are.", None))
        self.label_created.setText(QCoreApplication.translate("ImportSummaryPage", u"New:", None))
        self.label_updated.setText(QCoreApplication.translate("ImportSummaryPage", u"Updated:", None))
        self.label_skipped.setText(QCoreApplication.translate("ImportSummaryPage", u"Skipped (already there or repeated in the file):", None))
        self.label_errors.setText(QCoreApplication.translate("ImportSummaryPage", u"Left out because of errors:", None))
        self.label_neighbourhoods.setText(QCoreApplication.translate("ImportSummaryPage", u"New neighbourhoods:", None))
        self.label_programme.setText(QCoreApplication.translate("ImportSummaryPage", u"Programme:", None))
        self.open_report.setText(QCoreApplication.translate("ImportSummaryPage", u"Open the &report", None))
        self.open_folder.setText(QCoreApplication.translate("ImportSummaryPage", u"Open its &folder", None))
    # retranslateUi

