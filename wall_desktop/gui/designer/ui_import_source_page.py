"""Compiled from ui/import_source_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_source_page.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

from wall_desktop.gui.import_wizard import StatusArea

class Ui_ImportSourcePage(object):
    def setupUi(self, ImportSourcePage):
        if not ImportSourcePage.objectName():
            ImportSourcePage.setObjectName(u"ImportSourcePage")
        self.box = QVBoxLayout(ImportSourcePage)
        self.box.setObjectName(u"box")
        self.kind_people = QRadioButton(ImportSourcePage)
        self.kinds = QButtonGroup(ImportSourcePage)
        self.kinds.setObjectName(u"kinds")
        self.kinds.addButton(self.kind_people)
        self.kind_people.setObjectName(u"kind_people")

        self.box.addWidget(self.kind_people)

        self.kind_sessions = QRadioButton(ImportSourcePage)
        self.kinds.addButton(self.kind_sessions)
        self.kind_sessions.setObjectName(u"kind_sessions")

        self.box.addWidget(self.kind_sessions)

        self.kind_attendance = QRadioButton(ImportSourcePage)
        self.kinds.addButton(self.kind_attendance)
        self.kind_attendance.setObjectName(u"kind_attendance")

        self.box.addWidget(self.kind_attendance)

        self.kind_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.box.addItem(self.kind_gap)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.path_label = QLabel(ImportSourcePage)
        self.path_label.setObjectName(u"path_label")

        self.file_row.addWidget(self.path_label)

        self.path = QLineEdit(ImportSourcePage)
        self.path.setObjectName(u"path")

        self.file_row.addWidget(self.path)

        self.browse = QPushButton(ImportSourcePage)
        self.browse.setObjectName(u"browse")

        self.file_row.addWidget(self.browse)

        self.file_row.setStretch(1, 1)

        self.box.addLayout(self.file_row)

        self.status = StatusArea(ImportSourcePage)
        self.status.setObjectName(u"status")

        self.box.addWidget(self.status)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.box.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.path_label.setBuddy(self.path)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_people, self.kind_sessions)
        QWidget.setTabOrder(self.kind_sessions, self.kind_attendance)
        QWidget.setTabOrder(self.kind_attendance, self.path)
        QWidget.setTabOrder(self.path, self.browse)

        self.retranslateUi(ImportSourcePage)

        QMetaObject.connectSlotsByName(ImportSourcePage)
    # setupUi

    def retranslateUi(self, ImportSourcePage):
        ImportSourcePage.setTitle(QCoreApplication.translate("ImportSourcePage", u"What do you want to import?", None))
        ImportSourcePage.setSubTitle(QCoreApplication.translate("ImportSourcePage", u"Choose the kind of data and the file: an Excel workbook (xlsx) or a csv file, for example an export of an online form.", None))
        self.kind_people.setText(QCoreApplication.translate("ImportSourcePage", u"&People: names, neighbourhood, gender, birth date, contacts, roles, consents", None))
        self.kind_sessions.setText(QCoreApplication.translate("ImportSourcePage", u"Training &sessions: date, neighbourhood, topic, hours", None))
        self.kind_attendance.setText(QCoreApplication.translate("ImportSourcePage", u"&Attendance: a list (person, date, presence) or a grid (people down, session dates across)", None))
        self.path_label.setText(QCoreApplication.translate("ImportSourcePage", u"&File:", None))
        self.path.setPlaceholderText(QCoreApplication.translate("ImportSourcePage", u"the path of an xlsx or csv file", None))
        self.browse.setText(QCoreApplication.translate("ImportSourcePage", u"&Choose\u2026", None))
    # retranslateUi

