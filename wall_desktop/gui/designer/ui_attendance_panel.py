"""Compiled from ui/attendance_panel.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

from wall_desktop.gui.attendance_view import AttendanceView

class Ui_AttendancePanel(object):
    def setupUi(self, AttendancePanel):
        if not AttendancePanel.objectName():
            AttendancePanel.setObjectName(u"AttendancePanel")
        self.outer = QVBoxLayout(AttendancePanel)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.attendance_message = QLabel(AttendancePanel)
        self.attendance_message.setObjectName(u"attendance_message")
        self.attendance_message.setWordWrap(True)

        self.outer.addWidget(self.attendance_message)

        self.grid_row = QHBoxLayout()
        self.grid_row.setSpacing(0)
        self.grid_row.setObjectName(u"grid_row")
        self.people_column = QVBoxLayout()
        self.people_column.setSpacing(0)
        self.people_column.setObjectName(u"people_column")
        self.attendance_people = QTableView(AttendancePanel)
        self.attendance_people.setObjectName(u"attendance_people")
        self.attendance_people.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attendance_people.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendance_people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendance_people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_people.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.attendance_people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.attendance_people.setWordWrap(False)
        self.attendance_people.verticalHeader().setVisible(False)
        self.attendance_people.verticalHeader().setDefaultSectionSize(24)

        self.people_column.addWidget(self.attendance_people)

        self.scrollbar_gap = QWidget(AttendancePanel)
        self.scrollbar_gap.setObjectName(u"scrollbar_gap")

        self.people_column.addWidget(self.scrollbar_gap)

        self.people_column.setStretch(0, 1)

        self.grid_row.addLayout(self.people_column)

        self.attendance_grid = AttendanceView(AttendancePanel)
        self.attendance_grid.setObjectName(u"attendance_grid")
        self.attendance_grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.attendance_grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.attendance_grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attendance_grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.attendance_grid.setWordWrap(False)
        self.attendance_grid.verticalHeader().setVisible(False)
        self.attendance_grid.verticalHeader().setDefaultSectionSize(24)

        self.grid_row.addWidget(self.attendance_grid)

        self.grid_row.setStretch(1, 1)

        self.outer.addLayout(self.grid_row)

        self.attendance_legend = QLabel(AttendancePanel)
        self.attendance_legend.setObjectName(u"attendance_legend")
        self.attendance_legend.setWordWrap(True)

        self.outer.addWidget(self.attendance_legend)

        self.outer.setStretch(1, 1)

        self.retranslateUi(AttendancePanel)

        QMetaObject.connectSlotsByName(AttendancePanel)
    # setupUi

    def retranslateUi(self, AttendancePanel):
        pass
    # retranslateUi

