import datetime as dt
start = dt.date(2024, 1, 31)
print(start + dt.timedelta(days=1), start.weekday(), start.isoformat(), (dt.date(2024, 3, 1) - start).days)
moments = [dt.datetime(2024, 5, d, h) for d, h in [(3, 10), (1, 9), (2, 23)]]
print(sorted(moments)[0], max(moments).strftime("%Y-%m-%d %H:%M"), dt.timedelta(hours=36).days)
