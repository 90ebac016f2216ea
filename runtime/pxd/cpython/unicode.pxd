# str objects in CPython's C API.
from libc.stddef cimport wchar_t

cdef extern from "Python.h":
    ctypedef unsigned char Py_UCS1   # a code point of a latin-1 str (kind 1)
    ctypedef unsigned short Py_UCS2  # of a UCS-2 str (kind 2); Py_UCS4: kind 4

    bint PyUnicode_Check(object o)
    bint PyUnicode_CheckExact(object o)
    str PyUnicode_FromString(const char *s)
    str PyUnicode_FromStringAndSize(const char *s, Py_ssize_t length)
    str PyUnicode_FromOrdinal(int ordinal)
    Py_ssize_t PyUnicode_GetLength(object o) except -1
    Py_ssize_t PyUnicode_GET_LENGTH(object o)
    Py_UCS4 PyUnicode_ReadChar(object o, Py_ssize_t index) except? -1
    const char *PyUnicode_AsUTF8(object o) except NULL
    bytes PyUnicode_AsUTF8String(object o)
    bytes PyUnicode_AsASCIIString(object o)
    bytes PyUnicode_AsEncodedString(object o, const char *encoding, const char *errors)
    str PyUnicode_Decode(const char *s, Py_ssize_t size, const char *encoding, const char *errors)
    str PyUnicode_DecodeUTF8(const char *s, Py_ssize_t size, const char *errors)
    str PyUnicode_Concat(object left, object right)
    str PyUnicode_Join(object separator, object seq)
    Py_ssize_t PyUnicode_Find(object s, object sub, Py_ssize_t start, Py_ssize_t end, int direction) except -2
    int PyUnicode_Compare(object left, object right) except? -1
    int PyUnicode_CompareWithASCIIString(object left, const char *right)

cdef extern from "Python.h":
    # The canonical representation (PEP 393): one array of 1-, 2- or
    # 4-byte code points, by kind (PyUnicode_1BYTE_KIND, ...).
    unsigned int PyUnicode_KIND(object o)
    void *PyUnicode_DATA(object o)
    Py_UCS1 *PyUnicode_1BYTE_DATA(object o)
    Py_UCS2 *PyUnicode_2BYTE_DATA(object o)
    Py_UCS4 *PyUnicode_4BYTE_DATA(object o)
    Py_UCS4 PyUnicode_READ(int kind, void *data, Py_ssize_t index)
    void PyUnicode_WRITE(int kind, void *data, Py_ssize_t index, Py_UCS4 value)
    Py_UCS4 PyUnicode_READ_CHAR(object o, Py_ssize_t index)
    # A new str of `size` code points up to `maxchar`, to fill in place.
    str PyUnicode_New(Py_ssize_t size, Py_UCS4 maxchar)
    str PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_WriteChar(object s, Py_ssize_t index, Py_UCS4 character) except -1
    Py_ssize_t PyUnicode_Fill(object s, Py_ssize_t start, Py_ssize_t length, Py_UCS4 fill_char) except -1
    Py_ssize_t PyUnicode_CopyCharacters(object to, Py_ssize_t to_start, object from_, Py_ssize_t from_start,
                                        Py_ssize_t how_many) except -1
    # Copies of the code points in a UCS4 buffer (copy_null: with a NUL after).
    Py_UCS4 *PyUnicode_AsUCS4(object s, Py_UCS4 *buffer, Py_ssize_t buflen, int copy_null) except NULL
    Py_UCS4 *PyUnicode_AsUCS4Copy(object s) except NULL

    # The deprecated wchar_t representation (Py_UNICODE; gone in 3.12).
    Py_ssize_t PyUnicode_GET_SIZE(object o)
    Py_ssize_t PyUnicode_GET_DATA_SIZE(object o)
    Py_ssize_t PyUnicode_GetSize(object o) except -1
    Py_UNICODE *PyUnicode_AS_UNICODE(object o)
    char *PyUnicode_AS_DATA(object o)
    Py_UNICODE *PyUnicode_AsUnicode(object o) except NULL
    str PyUnicode_FromUnicode(Py_UNICODE *u, Py_ssize_t size)

    # wchar_t strings.
    object PyUnicode_FromWideChar(wchar_t *w, Py_ssize_t size)
    Py_ssize_t PyUnicode_AsWideChar(object o, wchar_t *w, Py_ssize_t size) except -1
    wchar_t *PyUnicode_AsWideCharString(object o, Py_ssize_t *size) except NULL  # PyMem_Free it

    # Construction.
    str PyUnicode_FromFormat(const char *format, ...)
    object PyUnicode_FromObject(object obj)
    object PyUnicode_FromEncodedObject(object o, char *encoding, char *errors)
    str PyUnicode_InternFromString(const char *v)
    # UTF-8 with its length (the buffer belongs to the str).
    const char *PyUnicode_AsUTF8AndSize(object s, Py_ssize_t *size) except NULL

    # Decoding bytes (NULL errors: "strict"; *consumed: how much of a
    # chunk the Stateful variants used; *byteorder: -1 LE, 1 BE, 0 BOM).
    str PyUnicode_DecodeASCII(char *s, Py_ssize_t size, char *errors)
    str PyUnicode_DecodeLatin1(char *s, Py_ssize_t size, char *errors)
    str PyUnicode_DecodeUTF8Stateful(char *s, Py_ssize_t size, char *errors, Py_ssize_t *consumed)
    str PyUnicode_DecodeUTF16(char *s, Py_ssize_t size, char *errors, int *byteorder)
    str PyUnicode_DecodeUTF16Stateful(char *s, Py_ssize_t size, char *errors, int *byteorder, Py_ssize_t *consumed)
    object PyUnicode_DecodeUnicodeEscape(char *s, Py_ssize_t size, char *errors)
    object PyUnicode_DecodeRawUnicodeEscape(char *s, Py_ssize_t size, char *errors)
    object PyUnicode_DecodeCharmap(char *s, Py_ssize_t size, object mapping, char *errors)
    # Windows only: the ANSI code page.
    str PyUnicode_DecodeMBCS(char *s, Py_ssize_t size, char *errors)
    str PyUnicode_DecodeMBCSStateful(char *s, Py_ssize_t size, char *errors, Py_ssize_t *consumed)

    # Encoding a str.
    bytes PyUnicode_AsLatin1String(object s)
    bytes PyUnicode_AsUTF16String(object s)
    object PyUnicode_AsUnicodeEscapeString(object s)
    object PyUnicode_AsRawUnicodeEscapeString(object s)
    object PyUnicode_AsCharmapString(object s, object mapping)
    bytes PyUnicode_AsMBCSString(object s)
    bytes PyUnicode_EncodeCodePage(int code_page, object s, const char *errors)
    # Encoding Py_UNICODE buffers (deprecated; gone in 3.11's headers).
    object PyUnicode_Encode(Py_UNICODE *s, Py_ssize_t size, char *encoding, char *errors)
    bytes PyUnicode_EncodeASCII(Py_UNICODE *s, Py_ssize_t size, char *errors)
    bytes PyUnicode_EncodeLatin1(Py_UNICODE *s, Py_ssize_t size, char *errors)
    bytes PyUnicode_EncodeUTF8(Py_UNICODE *s, Py_ssize_t size, char *errors)
    bytes PyUnicode_EncodeUTF16(Py_UNICODE *s, Py_ssize_t size, char *errors, int byteorder)
    object PyUnicode_EncodeUnicodeEscape(Py_UNICODE *s, Py_ssize_t size)
    object PyUnicode_EncodeRawUnicodeEscape(Py_UNICODE *s, Py_ssize_t size, char *errors)
    object PyUnicode_EncodeCharmap(Py_UNICODE *s, Py_ssize_t size, object mapping, char *errors)
    bytes PyUnicode_EncodeMBCS(Py_UNICODE *s, Py_ssize_t size, char *errors)
    object PyUnicode_TranslateCharmap(Py_UNICODE *s, Py_ssize_t size, object table, char *errors)

    # The str methods.
    list PyUnicode_Split(object s, object sep, Py_ssize_t maxsplit)
    list PyUnicode_Splitlines(object s, bint keepends)
    str PyUnicode_Translate(object s, object table, const char *errors)
    str PyUnicode_Replace(object s, object substr, object replstr, Py_ssize_t maxcount)
    str PyUnicode_Substring(object s, Py_ssize_t start, Py_ssize_t end)
    str PyUnicode_Format(object format, object args)
    Py_ssize_t PyUnicode_Count(object s, object substr, Py_ssize_t start, Py_ssize_t end) except -1
    # -1 not found, -2 error; direction 1 forward, -1 backward.
    Py_ssize_t PyUnicode_FindChar(object s, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end, int direction) except -2
    # Whether s[start:end] starts (direction -1) or ends (1) with substr.
    Py_ssize_t PyUnicode_Tailmatch(object s, object substr, Py_ssize_t start, Py_ssize_t end,
                                   int direction) except -1
    int PyUnicode_Contains(object container, object element) except -1
    object PyUnicode_RichCompare(object left, object right, int op)
    bint PyUnicode_IsIdentifier(object s)

    # Character properties and mappings of a code point.
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bint Py_UNICODE_ISLOWER(Py_UCS4 ch)
    bint Py_UNICODE_ISUPPER(Py_UCS4 ch)
    bint Py_UNICODE_ISTITLE(Py_UCS4 ch)
    bint Py_UNICODE_ISLINEBREAK(Py_UCS4 ch)
    bint Py_UNICODE_ISDECIMAL(Py_UCS4 ch)
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)
    bint Py_UNICODE_ISNUMERIC(Py_UCS4 ch)
    bint Py_UNICODE_ISALPHA(Py_UCS4 ch)
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISPRINTABLE(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOLOWER(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOUPPER(Py_UCS4 ch)
    Py_UCS4 Py_UNICODE_TOTITLE(Py_UCS4 ch)
    int Py_UNICODE_TODECIMAL(Py_UCS4 ch)    # -1 if none
    int Py_UNICODE_TODIGIT(Py_UCS4 ch)      # -1 if none
    double Py_UNICODE_TONUMERIC(Py_UCS4 ch) # -1.0 if none

    # C string functions over Py_UCS4 arrays (CPython's private helpers).
    size_t Py_UCS4_strlen(const Py_UCS4 *u)
    Py_UCS4 *Py_UCS4_strcpy(Py_UCS4 *s1, const Py_UCS4 *s2)
    Py_UCS4 *Py_UCS4_strcat(Py_UCS4 *s1, const Py_UCS4 *s2)
    Py_UCS4 *Py_UCS4_strncpy(Py_UCS4 *s1, const Py_UCS4 *s2, size_t n)
    int Py_UCS4_strcmp(const Py_UCS4 *s1, const Py_UCS4 *s2)
    int Py_UCS4_strncmp(const Py_UCS4 *s1, const Py_UCS4 *s2, size_t n)
    Py_UCS4 *Py_UCS4_strchr(const Py_UCS4 *s, Py_UCS4 c)
    Py_UCS4 *Py_UCS4_strrchr(const Py_UCS4 *s, Py_UCS4 c)
