import zshapes

zshapes.run()
