# A program built with `pyxc --build --embed`: it runs as __main__ with the
# command line in sys.argv, and its exit status is the interpreter's.
import sys


def main(args):
    print("name:", __name__)
    print("args:", args)
    if args and args[0] == "exit":
        sys.exit(int(args[1]))
    if args and args[0] == "fail":
        raise ValueError("failed on purpose")
    return 0


if __name__ == "__main__":
    main(sys.argv[1:])
