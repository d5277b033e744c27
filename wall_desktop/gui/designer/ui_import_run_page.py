"""Compiled from ui/import_run_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_run_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

from wall_desktop.gui.import_wizard import StatusArea

class Ui_ImportRunPage(object):
    def setupUi(self, ImportRunPage):
        if not ImportRunPage.objectName():
            ImportRunPage.setObjectName(u"ImportRunPage")
        self.box = QVBoxLayout(ImportRunPage)
        self.box.setObjectName(u"box")
        self.status = StatusArea(ImportRunPage)
        self.status.setObjectName(u"status")

        self.box.addWidget(self.status)

        self.hint = QLabel(ImportRunPage)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.box.addWidget(self.hint)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.box.addItem(self.bottom)


        self.retranslateUi(ImportRunPage)

        QMetaObject.connectSlotsByName(ImportRunPage)
    # setupUi

    def retranslateUi(self, ImportRunPage):
        ImportRunPage.setTitle(QCoreApplication.translate("ImportRunPage", u"Importing", None))
        ImportRunPage.setSubTitle(QCoreApplication.translate("ImportRunPage", u"A backup of the database is made first. Cancel stops the import and nothing is written.", None))
    # retranslateUi

