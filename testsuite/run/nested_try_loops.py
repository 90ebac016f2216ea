results = []
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            results.append(("even", i))
        except ValueError as e:
            if i == 3:
                raise KeyError(i) from e
            results.append(("odd", i))
        finally:
            results.append(("inner-finally", i))
    except KeyError as e:
        results.append(("outer", e.args[0]))
        continue
    results.append(("end", i))
print(results)
