print(type(package.path), type(package.cpath), type(package.loaders), package.searchers)
