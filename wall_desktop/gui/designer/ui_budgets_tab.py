"""Compiled from ui/budgets_tab.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budgets_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from wall_desktop.gui.record_table import RecordTable

class Ui_BudgetsTab(object):
    def setupUi(self, lines_panel):
        if not lines_panel.objectName():
            lines_panel.setObjectName(u"lines_panel")
        self.lines_layout = QVBoxLayout(lines_panel)
        self.lines_layout.setObjectName(u"lines_layout")
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        self.top_bar = QHBoxLayout()
        self.top_bar.setObjectName(u"top_bar")
        self.budget_label = QLabel(lines_panel)
        self.budget_label.setObjectName(u"budget_label")

        self.top_bar.addWidget(self.budget_label)

        self.budget_selector = QComboBox(lines_panel)
        self.budget_selector.setObjectName(u"budget_selector")
        self.budget_selector.setMinimumContentsLength(10)

        self.top_bar.addWidget(self.budget_selector)

        self.add_line_button = QPushButton(lines_panel)
        self.add_line_button.setObjectName(u"add_line_button")

        self.top_bar.addWidget(self.add_line_button)

        self.edit_line_button = QPushButton(lines_panel)
        self.edit_line_button.setObjectName(u"edit_line_button")

        self.top_bar.addWidget(self.edit_line_button)

        self.delete_line_button = QPushButton(lines_panel)
        self.delete_line_button.setObjectName(u"delete_line_button")

        self.top_bar.addWidget(self.delete_line_button)

        self.move_button = QPushButton(lines_panel)
        self.move_button.setObjectName(u"move_button")

        self.top_bar.addWidget(self.move_button)

        self.top_bar.setStretch(1, 1)

        self.lines_layout.addLayout(self.top_bar)

        self.lock_banner = QFrame(lines_panel)
        self.lock_banner.setObjectName(u"lock_banner")
        self.lock_banner.setVisible(False)
        self.lock_banner.setStyleSheet(u"QFrame#lock_banner { background: #fff4ce; border: 1px solid #e0c060; }")
        self.banner_layout = QHBoxLayout(self.lock_banner)
        self.banner_layout.setObjectName(u"banner_layout")
        self.banner_layout.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel(self.lock_banner)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setWordWrap(True)

        self.banner_layout.addWidget(self.banner_label)

        self.unlock_button = QPushButton(self.lock_banner)
        self.unlock_button.setObjectName(u"unlock_button")

        self.banner_layout.addWidget(self.unlock_button)

        self.banner_layout.setStretch(0, 1)

        self.lines_layout.addWidget(self.lock_banner)

        self.lines_table = RecordTable(lines_panel)
        self.lines_table.setObjectName(u"lines_table")

        self.lines_layout.addWidget(self.lines_table)

        self.totals_table = RecordTable(lines_panel)
        self.totals_table.setObjectName(u"totals_table")
        self.totals_table.setMinimumSize(QSize(0, 100))
        self.totals_table.setMaximumSize(QSize(16777215, 100))
        self.totals_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.lines_layout.addWidget(self.totals_table)

        self.lines_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.budget_label.setBuddy(self.budget_selector)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.budget_selector, self.lines_table)
        QWidget.setTabOrder(self.lines_table, self.totals_table)
        QWidget.setTabOrder(self.totals_table, self.add_line_button)
        QWidget.setTabOrder(self.add_line_button, self.edit_line_button)
        QWidget.setTabOrder(self.edit_line_button, self.delete_line_button)
        QWidget.setTabOrder(self.delete_line_button, self.move_button)
        QWidget.setTabOrder(self.move_button, self.unlock_button)

        self.retranslateUi(lines_panel)

        QMetaObject.connectSlotsByName(lines_panel)
    # setupUi

    def retranslateUi(self, lines_panel):
        self.budget_label.setText(QCoreApplication.translate("BudgetsTab", u"&Budget:", None))
        self.add_line_button.setText(QCoreApplication.translate("BudgetsTab", u"Add line\u2026", None))
        self.edit_line_button.setText(QCoreApplication.translate("BudgetsTab", u"Edit line\u2026", None))
        self.delete_line_button.setText(QCoreApplication.translate("BudgetsTab", u"Delete line", None))
        self.move_button.setText(QCoreApplication.translate("BudgetsTab", u"Move between lines\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("BudgetsTab", u"Unlock\u2026", None))
        pass
    # retranslateUi

