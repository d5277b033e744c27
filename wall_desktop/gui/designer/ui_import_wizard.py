"""Compiled from ui/import_wizard.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QWidget, QWizard)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1120, 690)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoCancelButtonOnLastPage)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import from a spreadsheet", None))
    # retranslateUi

