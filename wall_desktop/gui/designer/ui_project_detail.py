"""Compiled from ui/project_detail.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

from wall_desktop.gui.record_table import RecordTable

class Ui_ProjectDetail(object):
    def setupUi(self, ProjectDetail):
        if not ProjectDetail.objectName():
            ProjectDetail.setObjectName(u"ProjectDetail")
        self.page = QVBoxLayout(ProjectDetail)
        self.page.setObjectName(u"page")
        self.page.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.project_heading = QLabel(ProjectDetail)
        self.project_heading.setObjectName(u"project_heading")
        self.project_heading.setTextFormat(Qt.TextFormat.RichText)

        self.top.addWidget(self.project_heading)

        self.edit_button = QPushButton(ProjectDetail)
        self.edit_button.setObjectName(u"edit_button")

        self.top.addWidget(self.edit_button)

        self.team_button = QPushButton(ProjectDetail)
        self.team_button.setObjectName(u"team_button")

        self.top.addWidget(self.team_button)

        self.unlock_button = QPushButton(ProjectDetail)
        self.unlock_button.setObjectName(u"unlock_button")

        self.top.addWidget(self.unlock_button)

        self.lock_button = QPushButton(ProjectDetail)
        self.lock_button.setObjectName(u"lock_button")

        self.top.addWidget(self.lock_button)

        self.top.setStretch(0, 1)

        self.page.addLayout(self.top)

        self.projects_detail_split = QSplitter(ProjectDetail)
        self.projects_detail_split.setObjectName(u"projects_detail_split")
        self.projects_detail_split.setOrientation(Qt.Orientation.Horizontal)
        self.project_text = QTextBrowser(self.projects_detail_split)
        self.project_text.setObjectName(u"project_text")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.project_text.sizePolicy().hasHeightForWidth())
        self.project_text.setSizePolicy(sizePolicy)
        self.project_text.setOpenLinks(False)
        self.projects_detail_split.addWidget(self.project_text)
        self.meetings = QWidget(self.projects_detail_split)
        self.meetings.setObjectName(u"meetings")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.meetings.sizePolicy().hasHeightForWidth())
        self.meetings.setSizePolicy(sizePolicy1)
        self.meetings_layout = QVBoxLayout(self.meetings)
        self.meetings_layout.setObjectName(u"meetings_layout")
        self.meetings_layout.setContentsMargins(0, 0, 0, 0)
        self.meetings_bar = QHBoxLayout()
        self.meetings_bar.setObjectName(u"meetings_bar")
        self.meetings_caption = QLabel(self.meetings)
        self.meetings_caption.setObjectName(u"meetings_caption")

        self.meetings_bar.addWidget(self.meetings_caption)

        self.add_meeting_button = QPushButton(self.meetings)
        self.add_meeting_button.setObjectName(u"add_meeting_button")

        self.meetings_bar.addWidget(self.add_meeting_button)

        self.edit_meeting_button = QPushButton(self.meetings)
        self.edit_meeting_button.setObjectName(u"edit_meeting_button")

        self.meetings_bar.addWidget(self.edit_meeting_button)

        self.delete_meeting_button = QPushButton(self.meetings)
        self.delete_meeting_button.setObjectName(u"delete_meeting_button")

        self.meetings_bar.addWidget(self.delete_meeting_button)

        self.meetings_bar.setStretch(0, 1)

        self.meetings_layout.addLayout(self.meetings_bar)

        self.meetings_table = RecordTable(self.meetings)
        self.meetings_table.setObjectName(u"meetings_table")

        self.meetings_layout.addWidget(self.meetings_table)

        self.meetings_layout.setStretch(1, 1)
        self.projects_detail_split.addWidget(self.meetings)

        self.page.addWidget(self.projects_detail_split)

        self.page.setStretch(1, 1)
        QWidget.setTabOrder(self.meetings_table, self.add_meeting_button)
        QWidget.setTabOrder(self.add_meeting_button, self.edit_meeting_button)
        QWidget.setTabOrder(self.edit_meeting_button, self.delete_meeting_button)
        QWidget.setTabOrder(self.delete_meeting_button, self.project_text)
        QWidget.setTabOrder(self.project_text, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.team_button)
        QWidget.setTabOrder(self.team_button, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.lock_button)

        self.retranslateUi(ProjectDetail)

        QMetaObject.connectSlotsByName(ProjectDetail)
    # setupUi

    def retranslateUi(self, ProjectDetail):
        self.edit_button.setText(QCoreApplication.translate("ProjectDetail", u"Edit project\u2026", None))
        self.team_button.setText(QCoreApplication.translate("ProjectDetail", u"Team\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("ProjectDetail", u"Unlock\u2026", None))
        self.lock_button.setText(QCoreApplication.translate("ProjectDetail", u"Lock again\u2026", None))
        self.meetings_caption.setText(QCoreApplication.translate("ProjectDetail", u"<b>Residents' meetings</b>", None))
        self.add_meeting_button.setText(QCoreApplication.translate("ProjectDetail", u"Add meeting\u2026", None))
        self.edit_meeting_button.setText(QCoreApplication.translate("ProjectDetail", u"Edit\u2026", None))
        self.delete_meeting_button.setText(QCoreApplication.translate("ProjectDetail", u"Delete", None))
        pass
    # retranslateUi

