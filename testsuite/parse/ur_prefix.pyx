s = ur'raw\x'
