"""Compiled from ui/import_mapping_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_mapping_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget, QWizardPage)

from wall_desktop.gui.import_wizard import StatusArea

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        self.box = QVBoxLayout(ImportMappingPage)
        self.box.setObjectName(u"box")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.header_note = QLabel(ImportMappingPage)
        self.header_note.setObjectName(u"header_note")

        self.top.addWidget(self.header_note)

        self.reset_mapping = QPushButton(ImportMappingPage)
        self.reset_mapping.setObjectName(u"reset_mapping")

        self.top.addWidget(self.reset_mapping)

        self.top.setStretch(0, 1)

        self.box.addLayout(self.top)

        self.columns_scroll = QScrollArea(ImportMappingPage)
        self.columns_scroll.setObjectName(u"columns_scroll")
        self.columns_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.columns_scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid_host.setObjectName(u"grid_host")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(2, 1)
        self.columns_scroll.setWidget(self.grid_host)

        self.box.addWidget(self.columns_scroll)

        self.status = StatusArea(ImportMappingPage)
        self.status.setObjectName(u"status")

        self.box.addWidget(self.status)

        self.box.setStretch(1, 1)

        self.retranslateUi(ImportMappingPage)

        QMetaObject.connectSlotsByName(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Match the columns", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"Each column of the file is imported as the field chosen beside it. The matching was made from the headers; change what is wrong, or leave a column out.", None))
        self.reset_mapping.setText(QCoreApplication.translate("ImportMappingPage", u"&Restore the automatic matching", None))
    # retranslateUi

