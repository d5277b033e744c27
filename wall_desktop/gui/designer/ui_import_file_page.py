"""Compiled from ui/import_file_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget, QWizardPage)

from wall_desktop.gui.import_wizard import StatusArea

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.box = QVBoxLayout(ImportFilePage)
        self.box.setObjectName(u"box")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.format_label = QLabel(ImportFilePage)
        self.format_label.setObjectName(u"format_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format = QLabel(ImportFilePage)
        self.format.setObjectName(u"format")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.format)

        self.sheet_label = QLabel(ImportFilePage)
        self.sheet_label.setObjectName(u"sheet_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet = QComboBox(ImportFilePage)
        self.sheet.setObjectName(u"sheet")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheet)

        self.encoding_label = QLabel(ImportFilePage)
        self.encoding_label.setObjectName(u"encoding_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encoding_label)

        self.encoding = QComboBox(ImportFilePage)
        self.encoding.setObjectName(u"encoding")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.encoding)

        self.separator_label = QLabel(ImportFilePage)
        self.separator_label.setObjectName(u"separator_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.separator_label)

        self.separator = QComboBox(ImportFilePage)
        self.separator.setObjectName(u"separator")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.separator)


        self.box.addLayout(self.form)

        self.raw_rows = QTableView(ImportFilePage)
        self.raw_rows.setObjectName(u"raw_rows")
        self.raw_rows.setTabKeyNavigation(False)
        self.raw_rows.setAlternatingRowColors(True)
        self.raw_rows.horizontalHeader().setStretchLastSection(True)
        self.raw_rows.verticalHeader().setDefaultSectionSize(22)

        self.box.addWidget(self.raw_rows)

        self.status = StatusArea(ImportFilePage)
        self.status.setObjectName(u"status")

        self.box.addWidget(self.status)

        self.box.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet)
        self.encoding_label.setBuddy(self.encoding)
        self.separator_label.setBuddy(self.separator)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sheet, self.encoding)
        QWidget.setTabOrder(self.encoding, self.separator)
        QWidget.setTabOrder(self.separator, self.raw_rows)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Check how the file was read", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"The first rows are shown as read. If the letters or columns look wrong, choose another sheet, encoding or separator.", None))
        self.format_label.setText(QCoreApplication.translate("ImportFilePage", u"File:", None))
        self.sheet_label.setText(QCoreApplication.translate("ImportFilePage", u"&Sheet:", None))
        self.encoding_label.setText(QCoreApplication.translate("ImportFilePage", u"&Encoding:", None))
        self.separator_label.setText(QCoreApplication.translate("ImportFilePage", u"Se&parator:", None))
    # retranslateUi

