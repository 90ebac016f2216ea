x = f'{a # b}'
