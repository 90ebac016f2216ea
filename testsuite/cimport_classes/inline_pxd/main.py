import user

for value in user.run():
    print(value)
