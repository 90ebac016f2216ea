# <locale.h>: the program's locale (ISO C 7.11): the categories setlocale
# changes and the numeric and monetary conventions localeconv reports.
cdef extern from "<locale.h>" nogil:
    struct lconv:
        # Non-monetary numbers.
        char *decimal_point
        char *thousands_sep
        char *grouping
        # Monetary amounts, local and international.
        char *mon_decimal_point
        char *mon_thousands_sep
        char *mon_grouping
        char *positive_sign
        char *negative_sign
        char *currency_symbol
        char frac_digits
        char p_cs_precedes
        char n_cs_precedes
        char p_sep_by_space
        char n_sep_by_space
        char p_sign_posn
        char n_sign_posn
        char *int_curr_symbol
        char int_frac_digits
        char int_p_cs_precedes
        char int_n_cs_precedes
        char int_p_sep_by_space
        char int_n_sep_by_space
        char int_p_sign_posn
        char int_n_sign_posn

    enum:
        LC_ALL
        LC_COLLATE
        LC_CTYPE
        LC_MONETARY
        LC_NUMERIC
        LC_TIME

    char *setlocale(int category, const char *locale)
    lconv *localeconv()
