# Included many times by include_too_many.pyx.
