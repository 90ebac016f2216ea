IF UNAME_SYSNAME == "Windows":
    x = 1
ELIF UNAME_SYSNAME == "Darwin":
    x = 2
ELSE:
    x = 3
