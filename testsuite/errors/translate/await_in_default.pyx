async def outer():
    def inner(a=await outer()):
        return a
    return inner
