"""Compiled from ui/guide_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_GuideDialog(object):
    def setupUi(self, guide):
        if not guide.objectName():
            guide.setObjectName(u"guide")
        guide.resize(720, 600)
        self.outer = QVBoxLayout(guide)
        self.outer.setObjectName(u"outer")
        self.browser = QTextBrowser(guide)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.outer.addWidget(self.browser)

        self.buttons = QDialogButtonBox(guide)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(guide)

        QMetaObject.connectSlotsByName(guide)
    # setupUi

    def retranslateUi(self, guide):
        guide.setWindowTitle(QCoreApplication.translate("GuideDialog", u"User guide", None))
    # retranslateUi

