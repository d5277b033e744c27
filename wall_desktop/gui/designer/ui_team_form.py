"""Compiled from ui/team_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QWidget)

class Ui_TeamForm(object):
    def setupUi(self, TeamForm):
        if not TeamForm.objectName():
            TeamForm.setObjectName(u"TeamForm")
        self.form = QFormLayout(TeamForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.team_search_label = QLabel(TeamForm)
        self.team_search_label.setObjectName(u"team_search_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_search_label)

        self.team_search = QLineEdit(TeamForm)
        self.team_search.setObjectName(u"team_search")
        self.team_search.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_search)

        self.person_ids_label = QLabel(TeamForm)
        self.person_ids_label.setObjectName(u"person_ids_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.person_ids_label)

        self.person_ids = QListWidget(TeamForm)
        self.person_ids.setObjectName(u"person_ids")
        self.person_ids.setMinimumSize(QSize(0, 320))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_ids)

#if QT_CONFIG(shortcut)
        self.team_search_label.setBuddy(self.team_search)
        self.person_ids_label.setBuddy(self.person_ids)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.team_search, self.person_ids)

        self.retranslateUi(TeamForm)

        QMetaObject.connectSlotsByName(TeamForm)
    # setupUi

    def retranslateUi(self, TeamForm):
        self.team_search_label.setText(QCoreApplication.translate("TeamForm", u"&Find", None))
        self.person_ids_label.setText(QCoreApplication.translate("TeamForm", u"&People", None))
        pass
    # retranslateUi

