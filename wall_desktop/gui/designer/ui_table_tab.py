"""Compiled from ui/table_tab.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QVBoxLayout,
    QWidget)

from wall_desktop.gui.record_table import RecordTable

class Ui_TableTab(object):
    def setupUi(self, TableTab):
        if not TableTab.objectName():
            TableTab.setObjectName(u"TableTab")
        self.layout_ = QVBoxLayout(TableTab)
        self.layout_.setObjectName(u"layout_")
        self.splitter = QSplitter(TableTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.main_panel = QWidget(self.splitter)
        self.main_panel.setObjectName(u"main_panel")
        self.main_layout = QVBoxLayout(self.main_panel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.search = QLineEdit(self.main_panel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")

        self.bar.addLayout(self.filters)

        self.add_button = QPushButton(self.main_panel)
        self.add_button.setObjectName(u"add_button")

        self.bar.addWidget(self.add_button)

        self.edit_button = QPushButton(self.main_panel)
        self.edit_button.setObjectName(u"edit_button")

        self.bar.addWidget(self.edit_button)

        self.delete_button = QPushButton(self.main_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.bar.addWidget(self.delete_button)

        self.bar.setStretch(0, 1)

        self.main_layout.addLayout(self.bar)

        self.table = RecordTable(self.main_panel)
        self.table.setObjectName(u"table")

        self.main_layout.addWidget(self.table)

        self.splitter.addWidget(self.main_panel)

        self.layout_.addWidget(self.splitter)

        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

        self.retranslateUi(TableTab)

        QMetaObject.connectSlotsByName(TableTab)
    # setupUi

    def retranslateUi(self, TableTab):
        self.search.setPlaceholderText(QCoreApplication.translate("TableTab", u"Search\u2026 (Ctrl+F)", None))
        self.add_button.setText(QCoreApplication.translate("TableTab", u"Add\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("TableTab", u"Edit\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("TableTab", u"Delete", None))
        pass
    # retranslateUi

