import sys

from plandesk.app import main

sys.exit(main())
