"""Writers of files that leave the program: Excel workbooks and PDF documents. Qt-free."""
