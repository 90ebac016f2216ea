ctypedef enum State:
    IDLE
    BUSY
