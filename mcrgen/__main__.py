from mcrgen.cli import main

main()
