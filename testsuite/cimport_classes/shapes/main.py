import scene

scene.build()
