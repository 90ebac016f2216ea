class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.history = owner, balance, []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def accrue(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
acct = Account("ann", 100)
acct.deposit(50)
acct.withdraw(30)
acct.accrue()
for bad in (lambda: acct.withdraw(1000), lambda: acct.deposit(-1)):
    try:
        bad()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acct.balance, acct.history)
