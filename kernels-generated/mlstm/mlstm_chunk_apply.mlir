module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_mlstm_chunk_apply_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_chunk_apply_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_chunk_apply_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_chunk_apply_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_chunk_apply(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %out_o: !llvm.ptr, %carry_C: !llvm.ptr, %ckpt_C: !llvm.ptr, %carry_n: !llvm.ptr, %ckpt_n: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = arith.constant 63 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 64 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v18 = arith.constant 8 : i64
      %v46 = llvm.mlir.addressof @rows_mlstm_chunk_apply_q : !llvm.ptr<3>
      %v47 = llvm.addrspacecast %v46 : !llvm.ptr<3> to !llvm.ptr
      %v48 = llvm.mlir.addressof @rows_mlstm_chunk_apply_k : !llvm.ptr<3>
      %v49 = llvm.addrspacecast %v48 : !llvm.ptr<3> to !llvm.ptr
      %v50 = llvm.mlir.addressof @rows_mlstm_chunk_apply_ig : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = llvm.mlir.addressof @rows_mlstm_chunk_apply_fg : !llvm.ptr<3>
      %v53 = llvm.addrspacecast %v52 : !llvm.ptr<3> to !llvm.ptr
      %v59 = arith.constant 0 : i64
      %v94 = arith.constant 32 : i64
      %v101 = arith.constant 512 : i64
      %v113 = arith.muli %v2, %v1 : i64
      %v114 = arith.muli %v113, %size_H : i64
      %v115 = arith.muli %v114, %size_L : i64
      %v125 = arith.constant 65 : i64
      %v161 = arith.muli %v2, %size_H : i64
      %v162 = arith.muli %v161, %size_L : i64
      %v198 = arith.muli %v2, %size_B : i64
      %v199 = arith.muli %v198, %size_H : i64
      %v200 = arith.muli %v199, %v1 : i64
      %v201 = arith.muli %v200, %size_DV : i64
      %v204 = arith.muli %v2, %size_DV : i64
      %v205 = arith.muli %v204, %v1 : i64
      %v206 = arith.muli %v205, %size_H : i64
      %v230 = arith.muli %v2, %size_B : i64
      %v231 = arith.muli %v230, %size_H : i64
      %v232 = arith.muli %v231, %v1 : i64
      %v235 = arith.muli %v2, %v1 : i64
      %v236 = arith.muli %v235, %size_H : i64
      %v265 = arith.constant 2 : i64
      %v267 = arith.constant 3 : i64
      %v269 = arith.constant 4 : i64
      %v271 = arith.constant 5 : i64
      %v273 = arith.constant 6 : i64
      %v275 = arith.constant 7 : i64
      %v278 = arith.constant 9 : i64
      %v280 = arith.constant 10 : i64
      %v282 = arith.constant 11 : i64
      %v284 = arith.constant 12 : i64
      %v286 = arith.constant 13 : i64
      %v288 = arith.constant 14 : i64
      %v290 = arith.constant 15 : i64
      %v700 = arith.constant 0x3F800000 : f32
      %v702 = arith.constant 0x3FB8AA3B : f32
      %v714 = arith.muli %v2, %size_DV : i64
      %v715 = arith.muli %v714, %size_H : i64
      %v716 = arith.muli %v715, %size_L : i64
      %v823 = arith.constant 1 : i32
      %v824 = arith.constant 32 : i32
      %v828 = arith.constant 2 : i32
      %v832 = arith.constant 4 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v19 = arith.subi %v18, %v2 : i64
      %v20 = arith.addi %size_DV, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.maxsi %v21, %v2 : i64
      %v23 = arith.maxsi %size_DV, %v2 : i64
      %v24 = arith.divui %v5, %v23 : i64
      %v25 = arith.muli %v24, %v22 : i64
      %v26 = arith.divui %v17, %v25 : i64
      %v27 = arith.remui %v17, %v25 : i64
      %v28 = arith.divui %v27, %v22 : i64
      %v29 = arith.remui %v27, %v22 : i64
      %v30 = arith.remui %v16, %v18 : i64
      %v31 = arith.divui %v16, %v18 : i64
      %v32 = arith.muli %v29, %v18 : i64
      %v33 = arith.addi %v32, %v31 : i64
      %v34 = arith.cmpi slt, %v33, %size_DV : i64
      %v35 = arith.muli %v28, %size_DV : i64
      %v36 = arith.addi %v35, %v33 : i64
      %v37 = arith.subi %size_DV, %v2 : i64
      %v38 = arith.minsi %v33, %v37 : i64
      %v39 = arith.addi %v35, %v38 : i64
      %v40 = arith.remui %v39, %size_DV : i64
      %v41 = arith.divui %v39, %size_DV : i64
      %v42 = arith.remui %v41, %size_H : i64
      %v43 = arith.divui %v41, %size_H : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      %v755 = arith.trunci %v16 : i64 to i32
      %v756 = arith.constant 24 : i32
      %v757 = arith.andi %v755, %v756 : i32
      %v758 = arith.constant 0 : i32
      %v759 = arith.ori %v757, %v758 : i32
      %v760 = arith.constant 0 : i64
      %v761 = arith.cmpi eq, %v30, %v760 : i64
      %v762 = arith.constant 1 : i32
      %v763 = arith.ori %v757, %v762 : i32
      %v764 = arith.constant 1 : i64
      %v765 = arith.cmpi eq, %v30, %v764 : i64
      %v766 = arith.constant 2 : i32
      %v767 = arith.ori %v757, %v766 : i32
      %v768 = arith.constant 2 : i64
      %v769 = arith.cmpi eq, %v30, %v768 : i64
      %v770 = arith.constant 3 : i32
      %v771 = arith.ori %v757, %v770 : i32
      %v772 = arith.constant 3 : i64
      %v773 = arith.cmpi eq, %v30, %v772 : i64
      %v774 = arith.constant 4 : i32
      %v775 = arith.ori %v757, %v774 : i32
      %v776 = arith.constant 4 : i64
      %v777 = arith.cmpi eq, %v30, %v776 : i64
      %v778 = arith.constant 5 : i32
      %v779 = arith.ori %v757, %v778 : i32
      %v780 = arith.constant 5 : i64
      %v781 = arith.cmpi eq, %v30, %v780 : i64
      %v782 = arith.constant 6 : i32
      %v783 = arith.ori %v757, %v782 : i32
      %v784 = arith.constant 6 : i64
      %v785 = arith.cmpi eq, %v30, %v784 : i64
      %v786 = arith.constant 7 : i32
      %v787 = arith.ori %v757, %v786 : i32
      %v788 = arith.constant 7 : i64
      %v789 = arith.cmpi eq, %v30, %v788 : i64
      %v790 = arith.constant 32 : i32
      %v798 = arith.sitofp %v1 : i64 to f32
      %v799 = llvm.call_intrinsic "llvm.sqrt.f32"(%v798) : (f32) -> f32
      %v54 = arith.muli %v26, %v5 : i64
      %v55 = arith.subi %v5, %v2 : i64
      %v56 = arith.minsi %v36, %v55 : i64
      %v57 = arith.addi %v54, %v56 : i64
      %v58 = arith.muli %v57, %v1 : i64
      %v60 = arith.addi %v58, %v59 : i64
      %v61 = arith.addi %v60, %v30 : i64
      %v62 = llvm.getelementptr %carry_C[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v63 = llvm.load %v62 : !llvm.ptr -> f32
      llvm.store %v63, %v6 : f32, !llvm.ptr
      %v64 = arith.muli %v26, %v5 : i64
      %v65 = arith.subi %v5, %v2 : i64
      %v66 = arith.minsi %v36, %v65 : i64
      %v67 = arith.addi %v64, %v66 : i64
      %v68 = arith.muli %v67, %v1 : i64
      %v69 = arith.addi %v68, %v18 : i64
      %v70 = arith.addi %v69, %v30 : i64
      %v71 = llvm.getelementptr %carry_C[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      llvm.store %v72, %v7 : f32, !llvm.ptr
      %v73 = arith.muli %v26, %v5 : i64
      %v74 = arith.subi %v5, %v2 : i64
      %v75 = arith.minsi %v36, %v74 : i64
      %v76 = arith.addi %v73, %v75 : i64
      %v77 = arith.muli %v76, %v1 : i64
      %v78 = arith.addi %v77, %v59 : i64
      %v79 = arith.addi %v78, %v30 : i64
      %v80 = llvm.getelementptr %carry_n[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      llvm.store %v81, %v8 : f32, !llvm.ptr
      %v82 = arith.muli %v26, %v5 : i64
      %v83 = arith.subi %v5, %v2 : i64
      %v84 = arith.minsi %v36, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = arith.muli %v85, %v1 : i64
      %v87 = arith.addi %v86, %v18 : i64
      %v88 = arith.addi %v87, %v30 : i64
      %v89 = llvm.getelementptr %carry_n[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v90 = llvm.load %v89 : !llvm.ptr -> f32
      llvm.store %v90, %v9 : f32, !llvm.ptr
      %v91 = arith.muli %v26, %v12 : i64
      %v92 = arith.addi %v91, %v12 : i64
      %v93 = arith.minsi %v92, %size_L : i64
      %v95 = arith.index_cast %v91 : i64 to index
      %v96 = arith.index_cast %v93 : i64 to index
      %v97 = arith.index_cast %v94 : i64 to index
      scf.for %v98 = %v95 to %v96 step %v97 {
        %v99 = arith.index_cast %v98 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v100 = arith.subi %size_L, %v2 : i64
        %v102 = arith.index_cast %v16 : i64 to index
        %v103 = arith.index_cast %v101 : i64 to index
        %v104 = arith.index_cast %v12 : i64 to index
        scf.for %v105 = %v102 to %v103 step %v104 {
          %v106 = arith.index_cast %v105 : index to i64
          %v107 = arith.remui %v106, %v94 : i64
          %v108 = arith.divui %v106, %v94 : i64
          %v109 = arith.addi %v99, %v107 : i64
          %v110 = arith.minsi %v109, %v100 : i64
          %v111 = arith.remui %v108, %v1 : i64
          %v112 = arith.divui %v108, %v1 : i64
          %v116 = arith.muli %v44, %v115 : i64
          %v117 = arith.muli %v110, %v114 : i64
          %v118 = arith.addi %v116, %v117 : i64
          %v119 = arith.muli %v42, %v113 : i64
          %v120 = arith.addi %v118, %v119 : i64
          %v121 = arith.muli %v111, %v2 : i64
          %v122 = arith.addi %v120, %v121 : i64
          %v123 = llvm.getelementptr %in_q[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v124 = llvm.load %v123 : !llvm.ptr -> f32
          %v126 = arith.muli %v108, %v125 : i64
          %v127 = arith.addi %v126, %v107 : i64
          %v128 = llvm.getelementptr %v47[%v127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v124, %v128 : f32, !llvm.ptr
        }
        %v129 = arith.index_cast %v16 : i64 to index
        %v130 = arith.index_cast %v101 : i64 to index
        %v131 = arith.index_cast %v12 : i64 to index
        scf.for %v132 = %v129 to %v130 step %v131 {
          %v133 = arith.index_cast %v132 : index to i64
          %v134 = arith.remui %v133, %v94 : i64
          %v135 = arith.divui %v133, %v94 : i64
          %v136 = arith.addi %v99, %v134 : i64
          %v137 = arith.minsi %v136, %v100 : i64
          %v138 = arith.remui %v135, %v1 : i64
          %v139 = arith.divui %v135, %v1 : i64
          %v140 = arith.muli %v44, %v115 : i64
          %v141 = arith.muli %v137, %v114 : i64
          %v142 = arith.addi %v140, %v141 : i64
          %v143 = arith.muli %v42, %v113 : i64
          %v144 = arith.addi %v142, %v143 : i64
          %v145 = arith.muli %v138, %v2 : i64
          %v146 = arith.addi %v144, %v145 : i64
          %v147 = llvm.getelementptr %in_k[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v148 = llvm.load %v147 : !llvm.ptr -> f32
          %v149 = arith.muli %v135, %v125 : i64
          %v150 = arith.addi %v149, %v134 : i64
          %v151 = llvm.getelementptr %v49[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v148, %v151 : f32, !llvm.ptr
        }
        %v152 = arith.index_cast %v16 : i64 to index
        %v153 = arith.index_cast %v94 : i64 to index
        %v154 = arith.index_cast %v12 : i64 to index
        scf.for %v155 = %v152 to %v153 step %v154 {
          %v156 = arith.index_cast %v155 : index to i64
          %v157 = arith.remui %v156, %v94 : i64
          %v158 = arith.divui %v156, %v94 : i64
          %v159 = arith.addi %v99, %v157 : i64
          %v160 = arith.minsi %v159, %v100 : i64
          %v163 = arith.muli %v44, %v162 : i64
          %v164 = arith.muli %v160, %v161 : i64
          %v165 = arith.addi %v163, %v164 : i64
          %v166 = arith.muli %v42, %v2 : i64
          %v167 = arith.addi %v165, %v166 : i64
          %v168 = llvm.getelementptr %in_ig[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v169 = llvm.load %v168 : !llvm.ptr -> f32
          %v170 = arith.muli %v158, %v125 : i64
          %v171 = arith.addi %v170, %v157 : i64
          %v172 = llvm.getelementptr %v51[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v169, %v172 : f32, !llvm.ptr
        }
        %v173 = arith.index_cast %v16 : i64 to index
        %v174 = arith.index_cast %v94 : i64 to index
        %v175 = arith.index_cast %v12 : i64 to index
        scf.for %v176 = %v173 to %v174 step %v175 {
          %v177 = arith.index_cast %v176 : index to i64
          %v178 = arith.remui %v177, %v94 : i64
          %v179 = arith.divui %v177, %v94 : i64
          %v180 = arith.addi %v99, %v178 : i64
          %v181 = arith.minsi %v180, %v100 : i64
          %v182 = arith.muli %v44, %v162 : i64
          %v183 = arith.muli %v181, %v161 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = arith.muli %v42, %v2 : i64
          %v186 = arith.addi %v184, %v185 : i64
          %v187 = llvm.getelementptr %in_fg[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v188 = llvm.load %v187 : !llvm.ptr -> f32
          %v189 = arith.muli %v179, %v125 : i64
          %v190 = arith.addi %v189, %v178 : i64
          %v191 = llvm.getelementptr %v53[%v190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v188, %v191 : f32, !llvm.ptr
        }
        gpu.barrier
        // save the states at checkpoint steps (when given somewhere to save them)
        %v192 = arith.remui %v99, %v12 : i64
        %v193 = arith.cmpi eq, %v192, %v59 : i64
        %v194 = arith.andi %v193, %v34 : i1
        scf.if %v194 {
          %v195 = arith.divui %v99, %v12 : i64
          %v196 = llvm.mlir.zero : !llvm.ptr
          %v197 = llvm.icmp "ne" %ckpt_C, %v196 : !llvm.ptr
          scf.if %v197 {
            %v202 = arith.muli %v195, %v201 : i64
            %v203 = llvm.load %v6 : !llvm.ptr -> f32
            %v207 = arith.muli %v44, %v206 : i64
            %v208 = arith.muli %v42, %v205 : i64
            %v209 = arith.addi %v207, %v208 : i64
            %v210 = arith.muli %v30, %v204 : i64
            %v211 = arith.addi %v209, %v210 : i64
            %v212 = arith.muli %v40, %v2 : i64
            %v213 = arith.addi %v211, %v212 : i64
            %v214 = arith.addi %v202, %v213 : i64
            %v215 = llvm.getelementptr %ckpt_C[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v203, %v215 : f32, !llvm.ptr
            %v216 = llvm.load %v7 : !llvm.ptr -> f32
            %v217 = arith.muli %v44, %v206 : i64
            %v218 = arith.muli %v42, %v205 : i64
            %v219 = arith.addi %v217, %v218 : i64
            %v220 = arith.constant 8 : i64
            %v221 = arith.addi %v220, %v30 : i64
            %v222 = arith.muli %v221, %v204 : i64
            %v223 = arith.addi %v219, %v222 : i64
            %v224 = arith.muli %v40, %v2 : i64
            %v225 = arith.addi %v223, %v224 : i64
            %v226 = arith.addi %v202, %v225 : i64
            %v227 = llvm.getelementptr %ckpt_C[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v216, %v227 : f32, !llvm.ptr
          }
          %v228 = llvm.mlir.zero : !llvm.ptr
          %v229 = llvm.icmp "ne" %ckpt_n, %v228 : !llvm.ptr
          scf.if %v229 {
            %v233 = arith.muli %v195, %v232 : i64
            %v234 = llvm.load %v8 : !llvm.ptr -> f32
            %v237 = arith.muli %v44, %v236 : i64
            %v238 = arith.muli %v42, %v235 : i64
            %v239 = arith.addi %v237, %v238 : i64
            %v240 = arith.muli %v30, %v2 : i64
            %v241 = arith.addi %v239, %v240 : i64
            %v242 = arith.addi %v233, %v241 : i64
            %v243 = llvm.getelementptr %ckpt_n[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v234, %v243 : f32, !llvm.ptr
            %v244 = llvm.load %v9 : !llvm.ptr -> f32
            %v245 = arith.muli %v44, %v236 : i64
            %v246 = arith.muli %v42, %v235 : i64
            %v247 = arith.addi %v245, %v246 : i64
            %v248 = arith.constant 8 : i64
            %v249 = arith.addi %v248, %v30 : i64
            %v250 = arith.muli %v249, %v2 : i64
            %v251 = arith.addi %v247, %v250 : i64
            %v252 = arith.addi %v233, %v251 : i64
            %v253 = llvm.getelementptr %ckpt_n[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v244, %v253 : f32, !llvm.ptr
          }
        }
        // end save
        %v254 = arith.subi %v93, %v99 : i64
        %v255 = arith.minsi %v254, %v94 : i64
        %v256 = arith.divui %v255, %v1 : i64
        %v257 = arith.index_cast %v59 : i64 to index
        %v258 = arith.index_cast %v256 : i64 to index
        %v259 = arith.index_cast %v2 : i64 to index
        scf.for %v260 = %v257 to %v258 step %v259 {
          %v261 = arith.index_cast %v260 : index to i64
          %v262 = arith.muli %v261, %v1 : i64
          %v263 = arith.addi %v262, %v59 : i64
          %v264 = arith.addi %v262, %v2 : i64
          %v266 = arith.addi %v262, %v265 : i64
          %v268 = arith.addi %v262, %v267 : i64
          %v270 = arith.addi %v262, %v269 : i64
          %v272 = arith.addi %v262, %v271 : i64
          %v274 = arith.addi %v262, %v273 : i64
          %v276 = arith.addi %v262, %v275 : i64
          %v277 = arith.addi %v262, %v18 : i64
          %v279 = arith.addi %v262, %v278 : i64
          %v281 = arith.addi %v262, %v280 : i64
          %v283 = arith.addi %v262, %v282 : i64
          %v285 = arith.addi %v262, %v284 : i64
          %v287 = arith.addi %v262, %v286 : i64
          %v289 = arith.addi %v262, %v288 : i64
          %v291 = arith.addi %v262, %v290 : i64
          %v292 = arith.addi %v99, %v263 : i64
          %v293 = arith.muli %v30, %v125 : i64
          %v294 = arith.subi %v292, %v99 : i64
          %v295 = arith.addi %v293, %v294 : i64
          %v296 = llvm.getelementptr %v49[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v297 = llvm.load %v296 : !llvm.ptr -> f32
          %v298 = arith.constant 8 : i64
          %v299 = arith.addi %v298, %v30 : i64
          %v300 = arith.muli %v299, %v125 : i64
          %v301 = arith.subi %v292, %v99 : i64
          %v302 = arith.addi %v300, %v301 : i64
          %v303 = llvm.getelementptr %v49[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v304 = llvm.load %v303 : !llvm.ptr -> f32
          %v305 = arith.muli %v30, %v125 : i64
          %v306 = arith.subi %v292, %v99 : i64
          %v307 = arith.addi %v305, %v306 : i64
          %v308 = llvm.getelementptr %v47[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v309 = llvm.load %v308 : !llvm.ptr -> f32
          %v310 = arith.constant 8 : i64
          %v311 = arith.addi %v310, %v30 : i64
          %v312 = arith.muli %v311, %v125 : i64
          %v313 = arith.subi %v292, %v99 : i64
          %v314 = arith.addi %v312, %v313 : i64
          %v315 = llvm.getelementptr %v47[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v316 = llvm.load %v315 : !llvm.ptr -> f32
          %v317 = arith.addi %v99, %v264 : i64
          %v318 = arith.muli %v30, %v125 : i64
          %v319 = arith.subi %v317, %v99 : i64
          %v320 = arith.addi %v318, %v319 : i64
          %v321 = llvm.getelementptr %v49[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v322 = llvm.load %v321 : !llvm.ptr -> f32
          %v323 = arith.constant 8 : i64
          %v324 = arith.addi %v323, %v30 : i64
          %v325 = arith.muli %v324, %v125 : i64
          %v326 = arith.subi %v317, %v99 : i64
          %v327 = arith.addi %v325, %v326 : i64
          %v328 = llvm.getelementptr %v49[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v329 = llvm.load %v328 : !llvm.ptr -> f32
          %v330 = arith.muli %v30, %v125 : i64
          %v331 = arith.subi %v317, %v99 : i64
          %v332 = arith.addi %v330, %v331 : i64
          %v333 = llvm.getelementptr %v47[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v334 = llvm.load %v333 : !llvm.ptr -> f32
          %v335 = arith.constant 8 : i64
          %v336 = arith.addi %v335, %v30 : i64
          %v337 = arith.muli %v336, %v125 : i64
          %v338 = arith.subi %v317, %v99 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = llvm.getelementptr %v47[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v341 = llvm.load %v340 : !llvm.ptr -> f32
          %v342 = arith.addi %v99, %v266 : i64
          %v343 = arith.muli %v30, %v125 : i64
          %v344 = arith.subi %v342, %v99 : i64
          %v345 = arith.addi %v343, %v344 : i64
          %v346 = llvm.getelementptr %v49[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          %v348 = arith.constant 8 : i64
          %v349 = arith.addi %v348, %v30 : i64
          %v350 = arith.muli %v349, %v125 : i64
          %v351 = arith.subi %v342, %v99 : i64
          %v352 = arith.addi %v350, %v351 : i64
          %v353 = llvm.getelementptr %v49[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v354 = llvm.load %v353 : !llvm.ptr -> f32
          %v355 = arith.muli %v30, %v125 : i64
          %v356 = arith.subi %v342, %v99 : i64
          %v357 = arith.addi %v355, %v356 : i64
          %v358 = llvm.getelementptr %v47[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v359 = llvm.load %v358 : !llvm.ptr -> f32
          %v360 = arith.constant 8 : i64
          %v361 = arith.addi %v360, %v30 : i64
          %v362 = arith.muli %v361, %v125 : i64
          %v363 = arith.subi %v342, %v99 : i64
          %v364 = arith.addi %v362, %v363 : i64
          %v365 = llvm.getelementptr %v47[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v366 = llvm.load %v365 : !llvm.ptr -> f32
          %v367 = arith.addi %v99, %v268 : i64
          %v368 = arith.muli %v30, %v125 : i64
          %v369 = arith.subi %v367, %v99 : i64
          %v370 = arith.addi %v368, %v369 : i64
          %v371 = llvm.getelementptr %v49[%v370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v372 = llvm.load %v371 : !llvm.ptr -> f32
          %v373 = arith.constant 8 : i64
          %v374 = arith.addi %v373, %v30 : i64
          %v375 = arith.muli %v374, %v125 : i64
          %v376 = arith.subi %v367, %v99 : i64
          %v377 = arith.addi %v375, %v376 : i64
          %v378 = llvm.getelementptr %v49[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v379 = llvm.load %v378 : !llvm.ptr -> f32
          %v380 = arith.muli %v30, %v125 : i64
          %v381 = arith.subi %v367, %v99 : i64
          %v382 = arith.addi %v380, %v381 : i64
          %v383 = llvm.getelementptr %v47[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v384 = llvm.load %v383 : !llvm.ptr -> f32
          %v385 = arith.constant 8 : i64
          %v386 = arith.addi %v385, %v30 : i64
          %v387 = arith.muli %v386, %v125 : i64
          %v388 = arith.subi %v367, %v99 : i64
          %v389 = arith.addi %v387, %v388 : i64
          %v390 = llvm.getelementptr %v47[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          %v392 = arith.addi %v99, %v270 : i64
          %v393 = arith.muli %v30, %v125 : i64
          %v394 = arith.subi %v392, %v99 : i64
          %v395 = arith.addi %v393, %v394 : i64
          %v396 = llvm.getelementptr %v49[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v397 = llvm.load %v396 : !llvm.ptr -> f32
          %v398 = arith.constant 8 : i64
          %v399 = arith.addi %v398, %v30 : i64
          %v400 = arith.muli %v399, %v125 : i64
          %v401 = arith.subi %v392, %v99 : i64
          %v402 = arith.addi %v400, %v401 : i64
          %v403 = llvm.getelementptr %v49[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v404 = llvm.load %v403 : !llvm.ptr -> f32
          %v405 = arith.muli %v30, %v125 : i64
          %v406 = arith.subi %v392, %v99 : i64
          %v407 = arith.addi %v405, %v406 : i64
          %v408 = llvm.getelementptr %v47[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v409 = llvm.load %v408 : !llvm.ptr -> f32
          %v410 = arith.constant 8 : i64
          %v411 = arith.addi %v410, %v30 : i64
          %v412 = arith.muli %v411, %v125 : i64
          %v413 = arith.subi %v392, %v99 : i64
          %v414 = arith.addi %v412, %v413 : i64
          %v415 = llvm.getelementptr %v47[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v416 = llvm.load %v415 : !llvm.ptr -> f32
          %v417 = arith.addi %v99, %v272 : i64
          %v418 = arith.muli %v30, %v125 : i64
          %v419 = arith.subi %v417, %v99 : i64
          %v420 = arith.addi %v418, %v419 : i64
          %v421 = llvm.getelementptr %v49[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          %v423 = arith.constant 8 : i64
          %v424 = arith.addi %v423, %v30 : i64
          %v425 = arith.muli %v424, %v125 : i64
          %v426 = arith.subi %v417, %v99 : i64
          %v427 = arith.addi %v425, %v426 : i64
          %v428 = llvm.getelementptr %v49[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v429 = llvm.load %v428 : !llvm.ptr -> f32
          %v430 = arith.muli %v30, %v125 : i64
          %v431 = arith.subi %v417, %v99 : i64
          %v432 = arith.addi %v430, %v431 : i64
          %v433 = llvm.getelementptr %v47[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v434 = llvm.load %v433 : !llvm.ptr -> f32
          %v435 = arith.constant 8 : i64
          %v436 = arith.addi %v435, %v30 : i64
          %v437 = arith.muli %v436, %v125 : i64
          %v438 = arith.subi %v417, %v99 : i64
          %v439 = arith.addi %v437, %v438 : i64
          %v440 = llvm.getelementptr %v47[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v441 = llvm.load %v440 : !llvm.ptr -> f32
          %v442 = arith.addi %v99, %v274 : i64
          %v443 = arith.muli %v30, %v125 : i64
          %v444 = arith.subi %v442, %v99 : i64
          %v445 = arith.addi %v443, %v444 : i64
          %v446 = llvm.getelementptr %v49[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v447 = llvm.load %v446 : !llvm.ptr -> f32
          %v448 = arith.constant 8 : i64
          %v449 = arith.addi %v448, %v30 : i64
          %v450 = arith.muli %v449, %v125 : i64
          %v451 = arith.subi %v442, %v99 : i64
          %v452 = arith.addi %v450, %v451 : i64
          %v453 = llvm.getelementptr %v49[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v454 = llvm.load %v453 : !llvm.ptr -> f32
          %v455 = arith.muli %v30, %v125 : i64
          %v456 = arith.subi %v442, %v99 : i64
          %v457 = arith.addi %v455, %v456 : i64
          %v458 = llvm.getelementptr %v47[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v459 = llvm.load %v458 : !llvm.ptr -> f32
          %v460 = arith.constant 8 : i64
          %v461 = arith.addi %v460, %v30 : i64
          %v462 = arith.muli %v461, %v125 : i64
          %v463 = arith.subi %v442, %v99 : i64
          %v464 = arith.addi %v462, %v463 : i64
          %v465 = llvm.getelementptr %v47[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v466 = llvm.load %v465 : !llvm.ptr -> f32
          %v467 = arith.addi %v99, %v276 : i64
          %v468 = arith.muli %v30, %v125 : i64
          %v469 = arith.subi %v467, %v99 : i64
          %v470 = arith.addi %v468, %v469 : i64
          %v471 = llvm.getelementptr %v49[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v472 = llvm.load %v471 : !llvm.ptr -> f32
          %v473 = arith.constant 8 : i64
          %v474 = arith.addi %v473, %v30 : i64
          %v475 = arith.muli %v474, %v125 : i64
          %v476 = arith.subi %v467, %v99 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = llvm.getelementptr %v49[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          %v480 = arith.muli %v30, %v125 : i64
          %v481 = arith.subi %v467, %v99 : i64
          %v482 = arith.addi %v480, %v481 : i64
          %v483 = llvm.getelementptr %v47[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v484 = llvm.load %v483 : !llvm.ptr -> f32
          %v485 = arith.constant 8 : i64
          %v486 = arith.addi %v485, %v30 : i64
          %v487 = arith.muli %v486, %v125 : i64
          %v488 = arith.subi %v467, %v99 : i64
          %v489 = arith.addi %v487, %v488 : i64
          %v490 = llvm.getelementptr %v47[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v491 = llvm.load %v490 : !llvm.ptr -> f32
          %v492 = arith.addi %v99, %v277 : i64
          %v493 = arith.muli %v30, %v125 : i64
          %v494 = arith.subi %v492, %v99 : i64
          %v495 = arith.addi %v493, %v494 : i64
          %v496 = llvm.getelementptr %v49[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v497 = llvm.load %v496 : !llvm.ptr -> f32
          %v498 = arith.constant 8 : i64
          %v499 = arith.addi %v498, %v30 : i64
          %v500 = arith.muli %v499, %v125 : i64
          %v501 = arith.subi %v492, %v99 : i64
          %v502 = arith.addi %v500, %v501 : i64
          %v503 = llvm.getelementptr %v49[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v504 = llvm.load %v503 : !llvm.ptr -> f32
          %v505 = arith.muli %v30, %v125 : i64
          %v506 = arith.subi %v492, %v99 : i64
          %v507 = arith.addi %v505, %v506 : i64
          %v508 = llvm.getelementptr %v47[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v509 = llvm.load %v508 : !llvm.ptr -> f32
          %v510 = arith.constant 8 : i64
          %v511 = arith.addi %v510, %v30 : i64
          %v512 = arith.muli %v511, %v125 : i64
          %v513 = arith.subi %v492, %v99 : i64
          %v514 = arith.addi %v512, %v513 : i64
          %v515 = llvm.getelementptr %v47[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v516 = llvm.load %v515 : !llvm.ptr -> f32
          %v517 = arith.addi %v99, %v279 : i64
          %v518 = arith.muli %v30, %v125 : i64
          %v519 = arith.subi %v517, %v99 : i64
          %v520 = arith.addi %v518, %v519 : i64
          %v521 = llvm.getelementptr %v49[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v522 = llvm.load %v521 : !llvm.ptr -> f32
          %v523 = arith.constant 8 : i64
          %v524 = arith.addi %v523, %v30 : i64
          %v525 = arith.muli %v524, %v125 : i64
          %v526 = arith.subi %v517, %v99 : i64
          %v527 = arith.addi %v525, %v526 : i64
          %v528 = llvm.getelementptr %v49[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v529 = llvm.load %v528 : !llvm.ptr -> f32
          %v530 = arith.muli %v30, %v125 : i64
          %v531 = arith.subi %v517, %v99 : i64
          %v532 = arith.addi %v530, %v531 : i64
          %v533 = llvm.getelementptr %v47[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v534 = llvm.load %v533 : !llvm.ptr -> f32
          %v535 = arith.constant 8 : i64
          %v536 = arith.addi %v535, %v30 : i64
          %v537 = arith.muli %v536, %v125 : i64
          %v538 = arith.subi %v517, %v99 : i64
          %v539 = arith.addi %v537, %v538 : i64
          %v540 = llvm.getelementptr %v47[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v541 = llvm.load %v540 : !llvm.ptr -> f32
          %v542 = arith.addi %v99, %v281 : i64
          %v543 = arith.muli %v30, %v125 : i64
          %v544 = arith.subi %v542, %v99 : i64
          %v545 = arith.addi %v543, %v544 : i64
          %v546 = llvm.getelementptr %v49[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v547 = llvm.load %v546 : !llvm.ptr -> f32
          %v548 = arith.constant 8 : i64
          %v549 = arith.addi %v548, %v30 : i64
          %v550 = arith.muli %v549, %v125 : i64
          %v551 = arith.subi %v542, %v99 : i64
          %v552 = arith.addi %v550, %v551 : i64
          %v553 = llvm.getelementptr %v49[%v552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v554 = llvm.load %v553 : !llvm.ptr -> f32
          %v555 = arith.muli %v30, %v125 : i64
          %v556 = arith.subi %v542, %v99 : i64
          %v557 = arith.addi %v555, %v556 : i64
          %v558 = llvm.getelementptr %v47[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v559 = llvm.load %v558 : !llvm.ptr -> f32
          %v560 = arith.constant 8 : i64
          %v561 = arith.addi %v560, %v30 : i64
          %v562 = arith.muli %v561, %v125 : i64
          %v563 = arith.subi %v542, %v99 : i64
          %v564 = arith.addi %v562, %v563 : i64
          %v565 = llvm.getelementptr %v47[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v566 = llvm.load %v565 : !llvm.ptr -> f32
          %v567 = arith.addi %v99, %v283 : i64
          %v568 = arith.muli %v30, %v125 : i64
          %v569 = arith.subi %v567, %v99 : i64
          %v570 = arith.addi %v568, %v569 : i64
          %v571 = llvm.getelementptr %v49[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v572 = llvm.load %v571 : !llvm.ptr -> f32
          %v573 = arith.constant 8 : i64
          %v574 = arith.addi %v573, %v30 : i64
          %v575 = arith.muli %v574, %v125 : i64
          %v576 = arith.subi %v567, %v99 : i64
          %v577 = arith.addi %v575, %v576 : i64
          %v578 = llvm.getelementptr %v49[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v579 = llvm.load %v578 : !llvm.ptr -> f32
          %v580 = arith.muli %v30, %v125 : i64
          %v581 = arith.subi %v567, %v99 : i64
          %v582 = arith.addi %v580, %v581 : i64
          %v583 = llvm.getelementptr %v47[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v584 = llvm.load %v583 : !llvm.ptr -> f32
          %v585 = arith.constant 8 : i64
          %v586 = arith.addi %v585, %v30 : i64
          %v587 = arith.muli %v586, %v125 : i64
          %v588 = arith.subi %v567, %v99 : i64
          %v589 = arith.addi %v587, %v588 : i64
          %v590 = llvm.getelementptr %v47[%v589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v591 = llvm.load %v590 : !llvm.ptr -> f32
          %v592 = arith.addi %v99, %v285 : i64
          %v593 = arith.muli %v30, %v125 : i64
          %v594 = arith.subi %v592, %v99 : i64
          %v595 = arith.addi %v593, %v594 : i64
          %v596 = llvm.getelementptr %v49[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v597 = llvm.load %v596 : !llvm.ptr -> f32
          %v598 = arith.constant 8 : i64
          %v599 = arith.addi %v598, %v30 : i64
          %v600 = arith.muli %v599, %v125 : i64
          %v601 = arith.subi %v592, %v99 : i64
          %v602 = arith.addi %v600, %v601 : i64
          %v603 = llvm.getelementptr %v49[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v604 = llvm.load %v603 : !llvm.ptr -> f32
          %v605 = arith.muli %v30, %v125 : i64
          %v606 = arith.subi %v592, %v99 : i64
          %v607 = arith.addi %v605, %v606 : i64
          %v608 = llvm.getelementptr %v47[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v609 = llvm.load %v608 : !llvm.ptr -> f32
          %v610 = arith.constant 8 : i64
          %v611 = arith.addi %v610, %v30 : i64
          %v612 = arith.muli %v611, %v125 : i64
          %v613 = arith.subi %v592, %v99 : i64
          %v614 = arith.addi %v612, %v613 : i64
          %v615 = llvm.getelementptr %v47[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v616 = llvm.load %v615 : !llvm.ptr -> f32
          %v617 = arith.addi %v99, %v287 : i64
          %v618 = arith.muli %v30, %v125 : i64
          %v619 = arith.subi %v617, %v99 : i64
          %v620 = arith.addi %v618, %v619 : i64
          %v621 = llvm.getelementptr %v49[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v622 = llvm.load %v621 : !llvm.ptr -> f32
          %v623 = arith.constant 8 : i64
          %v624 = arith.addi %v623, %v30 : i64
          %v625 = arith.muli %v624, %v125 : i64
          %v626 = arith.subi %v617, %v99 : i64
          %v627 = arith.addi %v625, %v626 : i64
          %v628 = llvm.getelementptr %v49[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v629 = llvm.load %v628 : !llvm.ptr -> f32
          %v630 = arith.muli %v30, %v125 : i64
          %v631 = arith.subi %v617, %v99 : i64
          %v632 = arith.addi %v630, %v631 : i64
          %v633 = llvm.getelementptr %v47[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v634 = llvm.load %v633 : !llvm.ptr -> f32
          %v635 = arith.constant 8 : i64
          %v636 = arith.addi %v635, %v30 : i64
          %v637 = arith.muli %v636, %v125 : i64
          %v638 = arith.subi %v617, %v99 : i64
          %v639 = arith.addi %v637, %v638 : i64
          %v640 = llvm.getelementptr %v47[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v641 = llvm.load %v640 : !llvm.ptr -> f32
          %v642 = arith.addi %v99, %v289 : i64
          %v643 = arith.muli %v30, %v125 : i64
          %v644 = arith.subi %v642, %v99 : i64
          %v645 = arith.addi %v643, %v644 : i64
          %v646 = llvm.getelementptr %v49[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v647 = llvm.load %v646 : !llvm.ptr -> f32
          %v648 = arith.constant 8 : i64
          %v649 = arith.addi %v648, %v30 : i64
          %v650 = arith.muli %v649, %v125 : i64
          %v651 = arith.subi %v642, %v99 : i64
          %v652 = arith.addi %v650, %v651 : i64
          %v653 = llvm.getelementptr %v49[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v654 = llvm.load %v653 : !llvm.ptr -> f32
          %v655 = arith.muli %v30, %v125 : i64
          %v656 = arith.subi %v642, %v99 : i64
          %v657 = arith.addi %v655, %v656 : i64
          %v658 = llvm.getelementptr %v47[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v659 = llvm.load %v658 : !llvm.ptr -> f32
          %v660 = arith.constant 8 : i64
          %v661 = arith.addi %v660, %v30 : i64
          %v662 = arith.muli %v661, %v125 : i64
          %v663 = arith.subi %v642, %v99 : i64
          %v664 = arith.addi %v662, %v663 : i64
          %v665 = llvm.getelementptr %v47[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v666 = llvm.load %v665 : !llvm.ptr -> f32
          %v667 = arith.addi %v99, %v291 : i64
          %v668 = arith.muli %v30, %v125 : i64
          %v669 = arith.subi %v667, %v99 : i64
          %v670 = arith.addi %v668, %v669 : i64
          %v671 = llvm.getelementptr %v49[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v672 = llvm.load %v671 : !llvm.ptr -> f32
          %v673 = arith.constant 8 : i64
          %v674 = arith.addi %v673, %v30 : i64
          %v675 = arith.muli %v674, %v125 : i64
          %v676 = arith.subi %v667, %v99 : i64
          %v677 = arith.addi %v675, %v676 : i64
          %v678 = llvm.getelementptr %v49[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v679 = llvm.load %v678 : !llvm.ptr -> f32
          %v680 = arith.muli %v30, %v125 : i64
          %v681 = arith.subi %v667, %v99 : i64
          %v682 = arith.addi %v680, %v681 : i64
          %v683 = llvm.getelementptr %v47[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v684 = llvm.load %v683 : !llvm.ptr -> f32
          %v685 = arith.constant 8 : i64
          %v686 = arith.addi %v685, %v30 : i64
          %v687 = arith.muli %v686, %v125 : i64
          %v688 = arith.subi %v667, %v99 : i64
          %v689 = arith.addi %v687, %v688 : i64
          %v690 = llvm.getelementptr %v47[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v691 = llvm.load %v690 : !llvm.ptr -> f32
          %v692 = arith.addi %v262, %v59 : i64
          %v693 = arith.addi %v692, %v30 : i64
          %v694 = arith.addi %v99, %v693 : i64
          %v695 = arith.muli %v59, %v125 : i64
          %v696 = arith.subi %v694, %v99 : i64
          %v697 = arith.addi %v695, %v696 : i64
          %v698 = llvm.getelementptr %v53[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v699 = llvm.load %v698 : !llvm.ptr -> f32
          %v701 = arith.negf %v699 : f32
          %v703 = arith.mulf %v701, %v702 fastmath<contract> : f32
          %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
          %v705 = arith.addf %v700, %v704 fastmath<contract> : f32
          %v706 = arith.divf %v700, %v705 : f32
          %v707 = arith.muli %v59, %v125 : i64
          %v708 = arith.subi %v694, %v99 : i64
          %v709 = arith.addi %v707, %v708 : i64
          %v710 = llvm.getelementptr %v51[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v711 = llvm.load %v710 : !llvm.ptr -> f32
          %v712 = arith.mulf %v711, %v702 fastmath<contract> : f32
          %v713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v712) : (f32) -> f32
          %v717 = arith.muli %v44, %v716 : i64
          %v718 = arith.muli %v694, %v715 : i64
          %v719 = arith.addi %v717, %v718 : i64
          %v720 = arith.muli %v42, %v714 : i64
          %v721 = arith.addi %v719, %v720 : i64
          %v722 = arith.muli %v40, %v2 : i64
          %v723 = arith.addi %v721, %v722 : i64
          %v724 = llvm.getelementptr %in_v[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v725 = llvm.load %v724 : !llvm.ptr -> f32
          %v726 = arith.addi %v262, %v18 : i64
          %v727 = arith.addi %v726, %v30 : i64
          %v728 = arith.addi %v99, %v727 : i64
          %v729 = arith.muli %v59, %v125 : i64
          %v730 = arith.subi %v728, %v99 : i64
          %v731 = arith.addi %v729, %v730 : i64
          %v732 = llvm.getelementptr %v53[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v733 = llvm.load %v732 : !llvm.ptr -> f32
          %v734 = arith.negf %v733 : f32
          %v735 = arith.mulf %v734, %v702 fastmath<contract> : f32
          %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
          %v737 = arith.addf %v700, %v736 fastmath<contract> : f32
          %v738 = arith.divf %v700, %v737 : f32
          %v739 = arith.muli %v59, %v125 : i64
          %v740 = arith.subi %v728, %v99 : i64
          %v741 = arith.addi %v739, %v740 : i64
          %v742 = llvm.getelementptr %v51[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v743 = llvm.load %v742 : !llvm.ptr -> f32
          %v744 = arith.mulf %v743, %v702 fastmath<contract> : f32
          %v745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v744) : (f32) -> f32
          %v746 = arith.muli %v44, %v716 : i64
          %v747 = arith.muli %v728, %v715 : i64
          %v748 = arith.addi %v746, %v747 : i64
          %v749 = arith.muli %v42, %v714 : i64
          %v750 = arith.addi %v748, %v749 : i64
          %v751 = arith.muli %v40, %v2 : i64
          %v752 = arith.addi %v750, %v751 : i64
          %v753 = llvm.getelementptr %in_v[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v754 = llvm.load %v753 : !llvm.ptr -> f32
          %v791 = arith.addi %v99, %v263 : i64
          %v792, %v793 = gpu.shuffle idx %v706, %v759, %v790 : f32
          %v794, %v795 = gpu.shuffle idx %v713, %v759, %v790 : f32
          %v796, %v797 = gpu.shuffle idx %v725, %v759, %v790 : f32
          %v800 = arith.divf %v297, %v799 : f32
          %v801 = arith.mulf %v794, %v800 fastmath<contract> : f32
          %v802 = arith.mulf %v801, %v796 fastmath<contract> : f32
          %v803 = llvm.load %v6 : !llvm.ptr -> f32
          %v804 = arith.mulf %v792, %v803 fastmath<contract> : f32
          %v805 = arith.addf %v804, %v802 fastmath<contract> : f32
          %v806 = arith.divf %v304, %v799 : f32
          %v807 = arith.mulf %v794, %v806 fastmath<contract> : f32
          %v808 = arith.mulf %v807, %v796 fastmath<contract> : f32
          %v809 = llvm.load %v7 : !llvm.ptr -> f32
          %v810 = arith.mulf %v792, %v809 fastmath<contract> : f32
          %v811 = arith.addf %v810, %v808 fastmath<contract> : f32
          %v812 = llvm.load %v8 : !llvm.ptr -> f32
          %v813 = arith.mulf %v792, %v812 fastmath<contract> : f32
          %v814 = arith.addf %v813, %v801 fastmath<contract> : f32
          %v815 = llvm.load %v9 : !llvm.ptr -> f32
          %v816 = arith.mulf %v792, %v815 fastmath<contract> : f32
          %v817 = arith.addf %v816, %v807 fastmath<contract> : f32
          llvm.store %v805, %v6 : f32, !llvm.ptr
          llvm.store %v811, %v7 : f32, !llvm.ptr
          llvm.store %v814, %v8 : f32, !llvm.ptr
          llvm.store %v817, %v9 : f32, !llvm.ptr
          %v818 = llvm.load %v6 : !llvm.ptr -> f32
          %v819 = arith.mulf %v309, %v818 fastmath<contract> : f32
          %v820 = llvm.load %v7 : !llvm.ptr -> f32
          %v821 = arith.mulf %v316, %v820 fastmath<contract> : f32
          %v822 = arith.addf %v819, %v821 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v825, %v826 = gpu.shuffle xor %v822, %v823, %v824 : f32
          %v827 = arith.addf %v822, %v825 fastmath<contract> : f32
          %v829, %v830 = gpu.shuffle xor %v827, %v828, %v824 : f32
          %v831 = arith.addf %v827, %v829 fastmath<contract> : f32
          %v833, %v834 = gpu.shuffle xor %v831, %v832, %v824 : f32
          %v835 = arith.addf %v831, %v833 fastmath<contract> : f32
          // end sum over the lanes
          %v836 = llvm.load %v8 : !llvm.ptr -> f32
          %v837 = arith.mulf %v309, %v836 fastmath<contract> : f32
          %v838 = llvm.load %v9 : !llvm.ptr -> f32
          %v839 = arith.mulf %v316, %v838 fastmath<contract> : f32
          %v840 = arith.addf %v837, %v839 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v841, %v842 = gpu.shuffle xor %v840, %v823, %v824 : f32
          %v843 = arith.addf %v840, %v841 fastmath<contract> : f32
          %v844, %v845 = gpu.shuffle xor %v843, %v828, %v824 : f32
          %v846 = arith.addf %v843, %v844 fastmath<contract> : f32
          %v847, %v848 = gpu.shuffle xor %v846, %v832, %v824 : f32
          %v849 = arith.addf %v846, %v847 fastmath<contract> : f32
          // end sum over the lanes
          %v850 = arith.addi %v99, %v264 : i64
          %v851, %v852 = gpu.shuffle idx %v706, %v763, %v790 : f32
          %v853, %v854 = gpu.shuffle idx %v713, %v763, %v790 : f32
          %v855, %v856 = gpu.shuffle idx %v725, %v763, %v790 : f32
          %v857 = arith.divf %v322, %v799 : f32
          %v858 = arith.mulf %v853, %v857 fastmath<contract> : f32
          %v859 = arith.mulf %v858, %v855 fastmath<contract> : f32
          %v860 = llvm.load %v6 : !llvm.ptr -> f32
          %v861 = arith.mulf %v851, %v860 fastmath<contract> : f32
          %v862 = arith.addf %v861, %v859 fastmath<contract> : f32
          %v863 = arith.divf %v329, %v799 : f32
          %v864 = arith.mulf %v853, %v863 fastmath<contract> : f32
          %v865 = arith.mulf %v864, %v855 fastmath<contract> : f32
          %v866 = llvm.load %v7 : !llvm.ptr -> f32
          %v867 = arith.mulf %v851, %v866 fastmath<contract> : f32
          %v868 = arith.addf %v867, %v865 fastmath<contract> : f32
          %v869 = llvm.load %v8 : !llvm.ptr -> f32
          %v870 = arith.mulf %v851, %v869 fastmath<contract> : f32
          %v871 = arith.addf %v870, %v858 fastmath<contract> : f32
          %v872 = llvm.load %v9 : !llvm.ptr -> f32
          %v873 = arith.mulf %v851, %v872 fastmath<contract> : f32
          %v874 = arith.addf %v873, %v864 fastmath<contract> : f32
          llvm.store %v862, %v6 : f32, !llvm.ptr
          llvm.store %v868, %v7 : f32, !llvm.ptr
          llvm.store %v871, %v8 : f32, !llvm.ptr
          llvm.store %v874, %v9 : f32, !llvm.ptr
          %v875 = llvm.load %v6 : !llvm.ptr -> f32
          %v876 = arith.mulf %v334, %v875 fastmath<contract> : f32
          %v877 = llvm.load %v7 : !llvm.ptr -> f32
          %v878 = arith.mulf %v341, %v877 fastmath<contract> : f32
          %v879 = arith.addf %v876, %v878 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v880, %v881 = gpu.shuffle xor %v879, %v823, %v824 : f32
          %v882 = arith.addf %v879, %v880 fastmath<contract> : f32
          %v883, %v884 = gpu.shuffle xor %v882, %v828, %v824 : f32
          %v885 = arith.addf %v882, %v883 fastmath<contract> : f32
          %v886, %v887 = gpu.shuffle xor %v885, %v832, %v824 : f32
          %v888 = arith.addf %v885, %v886 fastmath<contract> : f32
          // end sum over the lanes
          %v889 = llvm.load %v8 : !llvm.ptr -> f32
          %v890 = arith.mulf %v334, %v889 fastmath<contract> : f32
          %v891 = llvm.load %v9 : !llvm.ptr -> f32
          %v892 = arith.mulf %v341, %v891 fastmath<contract> : f32
          %v893 = arith.addf %v890, %v892 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v894, %v895 = gpu.shuffle xor %v893, %v823, %v824 : f32
          %v896 = arith.addf %v893, %v894 fastmath<contract> : f32
          %v897, %v898 = gpu.shuffle xor %v896, %v828, %v824 : f32
          %v899 = arith.addf %v896, %v897 fastmath<contract> : f32
          %v900, %v901 = gpu.shuffle xor %v899, %v832, %v824 : f32
          %v902 = arith.addf %v899, %v900 fastmath<contract> : f32
          // end sum over the lanes
          %v903 = arith.addi %v99, %v266 : i64
          %v904, %v905 = gpu.shuffle idx %v706, %v767, %v790 : f32
          %v906, %v907 = gpu.shuffle idx %v713, %v767, %v790 : f32
          %v908, %v909 = gpu.shuffle idx %v725, %v767, %v790 : f32
          %v910 = arith.divf %v347, %v799 : f32
          %v911 = arith.mulf %v906, %v910 fastmath<contract> : f32
          %v912 = arith.mulf %v911, %v908 fastmath<contract> : f32
          %v913 = llvm.load %v6 : !llvm.ptr -> f32
          %v914 = arith.mulf %v904, %v913 fastmath<contract> : f32
          %v915 = arith.addf %v914, %v912 fastmath<contract> : f32
          %v916 = arith.divf %v354, %v799 : f32
          %v917 = arith.mulf %v906, %v916 fastmath<contract> : f32
          %v918 = arith.mulf %v917, %v908 fastmath<contract> : f32
          %v919 = llvm.load %v7 : !llvm.ptr -> f32
          %v920 = arith.mulf %v904, %v919 fastmath<contract> : f32
          %v921 = arith.addf %v920, %v918 fastmath<contract> : f32
          %v922 = llvm.load %v8 : !llvm.ptr -> f32
          %v923 = arith.mulf %v904, %v922 fastmath<contract> : f32
          %v924 = arith.addf %v923, %v911 fastmath<contract> : f32
          %v925 = llvm.load %v9 : !llvm.ptr -> f32
          %v926 = arith.mulf %v904, %v925 fastmath<contract> : f32
          %v927 = arith.addf %v926, %v917 fastmath<contract> : f32
          llvm.store %v915, %v6 : f32, !llvm.ptr
          llvm.store %v921, %v7 : f32, !llvm.ptr
          llvm.store %v924, %v8 : f32, !llvm.ptr
          llvm.store %v927, %v9 : f32, !llvm.ptr
          %v928 = llvm.load %v6 : !llvm.ptr -> f32
          %v929 = arith.mulf %v359, %v928 fastmath<contract> : f32
          %v930 = llvm.load %v7 : !llvm.ptr -> f32
          %v931 = arith.mulf %v366, %v930 fastmath<contract> : f32
          %v932 = arith.addf %v929, %v931 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v933, %v934 = gpu.shuffle xor %v932, %v823, %v824 : f32
          %v935 = arith.addf %v932, %v933 fastmath<contract> : f32
          %v936, %v937 = gpu.shuffle xor %v935, %v828, %v824 : f32
          %v938 = arith.addf %v935, %v936 fastmath<contract> : f32
          %v939, %v940 = gpu.shuffle xor %v938, %v832, %v824 : f32
          %v941 = arith.addf %v938, %v939 fastmath<contract> : f32
          // end sum over the lanes
          %v942 = llvm.load %v8 : !llvm.ptr -> f32
          %v943 = arith.mulf %v359, %v942 fastmath<contract> : f32
          %v944 = llvm.load %v9 : !llvm.ptr -> f32
          %v945 = arith.mulf %v366, %v944 fastmath<contract> : f32
          %v946 = arith.addf %v943, %v945 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v947, %v948 = gpu.shuffle xor %v946, %v823, %v824 : f32
          %v949 = arith.addf %v946, %v947 fastmath<contract> : f32
          %v950, %v951 = gpu.shuffle xor %v949, %v828, %v824 : f32
          %v952 = arith.addf %v949, %v950 fastmath<contract> : f32
          %v953, %v954 = gpu.shuffle xor %v952, %v832, %v824 : f32
          %v955 = arith.addf %v952, %v953 fastmath<contract> : f32
          // end sum over the lanes
          %v956 = arith.addi %v99, %v268 : i64
          %v957, %v958 = gpu.shuffle idx %v706, %v771, %v790 : f32
          %v959, %v960 = gpu.shuffle idx %v713, %v771, %v790 : f32
          %v961, %v962 = gpu.shuffle idx %v725, %v771, %v790 : f32
          %v963 = arith.divf %v372, %v799 : f32
          %v964 = arith.mulf %v959, %v963 fastmath<contract> : f32
          %v965 = arith.mulf %v964, %v961 fastmath<contract> : f32
          %v966 = llvm.load %v6 : !llvm.ptr -> f32
          %v967 = arith.mulf %v957, %v966 fastmath<contract> : f32
          %v968 = arith.addf %v967, %v965 fastmath<contract> : f32
          %v969 = arith.divf %v379, %v799 : f32
          %v970 = arith.mulf %v959, %v969 fastmath<contract> : f32
          %v971 = arith.mulf %v970, %v961 fastmath<contract> : f32
          %v972 = llvm.load %v7 : !llvm.ptr -> f32
          %v973 = arith.mulf %v957, %v972 fastmath<contract> : f32
          %v974 = arith.addf %v973, %v971 fastmath<contract> : f32
          %v975 = llvm.load %v8 : !llvm.ptr -> f32
          %v976 = arith.mulf %v957, %v975 fastmath<contract> : f32
          %v977 = arith.addf %v976, %v964 fastmath<contract> : f32
          %v978 = llvm.load %v9 : !llvm.ptr -> f32
          %v979 = arith.mulf %v957, %v978 fastmath<contract> : f32
          %v980 = arith.addf %v979, %v970 fastmath<contract> : f32
          llvm.store %v968, %v6 : f32, !llvm.ptr
          llvm.store %v974, %v7 : f32, !llvm.ptr
          llvm.store %v977, %v8 : f32, !llvm.ptr
          llvm.store %v980, %v9 : f32, !llvm.ptr
          %v981 = llvm.load %v6 : !llvm.ptr -> f32
          %v982 = arith.mulf %v384, %v981 fastmath<contract> : f32
          %v983 = llvm.load %v7 : !llvm.ptr -> f32
          %v984 = arith.mulf %v391, %v983 fastmath<contract> : f32
          %v985 = arith.addf %v982, %v984 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v986, %v987 = gpu.shuffle xor %v985, %v823, %v824 : f32
          %v988 = arith.addf %v985, %v986 fastmath<contract> : f32
          %v989, %v990 = gpu.shuffle xor %v988, %v828, %v824 : f32
          %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
          %v992, %v993 = gpu.shuffle xor %v991, %v832, %v824 : f32
          %v994 = arith.addf %v991, %v992 fastmath<contract> : f32
          // end sum over the lanes
          %v995 = llvm.load %v8 : !llvm.ptr -> f32
          %v996 = arith.mulf %v384, %v995 fastmath<contract> : f32
          %v997 = llvm.load %v9 : !llvm.ptr -> f32
          %v998 = arith.mulf %v391, %v997 fastmath<contract> : f32
          %v999 = arith.addf %v996, %v998 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1000, %v1001 = gpu.shuffle xor %v999, %v823, %v824 : f32
          %v1002 = arith.addf %v999, %v1000 fastmath<contract> : f32
          %v1003, %v1004 = gpu.shuffle xor %v1002, %v828, %v824 : f32
          %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
          %v1006, %v1007 = gpu.shuffle xor %v1005, %v832, %v824 : f32
          %v1008 = arith.addf %v1005, %v1006 fastmath<contract> : f32
          // end sum over the lanes
          %v1009 = arith.addi %v99, %v270 : i64
          %v1010, %v1011 = gpu.shuffle idx %v706, %v775, %v790 : f32
          %v1012, %v1013 = gpu.shuffle idx %v713, %v775, %v790 : f32
          %v1014, %v1015 = gpu.shuffle idx %v725, %v775, %v790 : f32
          %v1016 = arith.divf %v397, %v799 : f32
          %v1017 = arith.mulf %v1012, %v1016 fastmath<contract> : f32
          %v1018 = arith.mulf %v1017, %v1014 fastmath<contract> : f32
          %v1019 = llvm.load %v6 : !llvm.ptr -> f32
          %v1020 = arith.mulf %v1010, %v1019 fastmath<contract> : f32
          %v1021 = arith.addf %v1020, %v1018 fastmath<contract> : f32
          %v1022 = arith.divf %v404, %v799 : f32
          %v1023 = arith.mulf %v1012, %v1022 fastmath<contract> : f32
          %v1024 = arith.mulf %v1023, %v1014 fastmath<contract> : f32
          %v1025 = llvm.load %v7 : !llvm.ptr -> f32
          %v1026 = arith.mulf %v1010, %v1025 fastmath<contract> : f32
          %v1027 = arith.addf %v1026, %v1024 fastmath<contract> : f32
          %v1028 = llvm.load %v8 : !llvm.ptr -> f32
          %v1029 = arith.mulf %v1010, %v1028 fastmath<contract> : f32
          %v1030 = arith.addf %v1029, %v1017 fastmath<contract> : f32
          %v1031 = llvm.load %v9 : !llvm.ptr -> f32
          %v1032 = arith.mulf %v1010, %v1031 fastmath<contract> : f32
          %v1033 = arith.addf %v1032, %v1023 fastmath<contract> : f32
          llvm.store %v1021, %v6 : f32, !llvm.ptr
          llvm.store %v1027, %v7 : f32, !llvm.ptr
          llvm.store %v1030, %v8 : f32, !llvm.ptr
          llvm.store %v1033, %v9 : f32, !llvm.ptr
          %v1034 = llvm.load %v6 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v409, %v1034 fastmath<contract> : f32
          %v1036 = llvm.load %v7 : !llvm.ptr -> f32
          %v1037 = arith.mulf %v416, %v1036 fastmath<contract> : f32
          %v1038 = arith.addf %v1035, %v1037 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1039, %v1040 = gpu.shuffle xor %v1038, %v823, %v824 : f32
          %v1041 = arith.addf %v1038, %v1039 fastmath<contract> : f32
          %v1042, %v1043 = gpu.shuffle xor %v1041, %v828, %v824 : f32
          %v1044 = arith.addf %v1041, %v1042 fastmath<contract> : f32
          %v1045, %v1046 = gpu.shuffle xor %v1044, %v832, %v824 : f32
          %v1047 = arith.addf %v1044, %v1045 fastmath<contract> : f32
          // end sum over the lanes
          %v1048 = llvm.load %v8 : !llvm.ptr -> f32
          %v1049 = arith.mulf %v409, %v1048 fastmath<contract> : f32
          %v1050 = llvm.load %v9 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v416, %v1050 fastmath<contract> : f32
          %v1052 = arith.addf %v1049, %v1051 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1053, %v1054 = gpu.shuffle xor %v1052, %v823, %v824 : f32
          %v1055 = arith.addf %v1052, %v1053 fastmath<contract> : f32
          %v1056, %v1057 = gpu.shuffle xor %v1055, %v828, %v824 : f32
          %v1058 = arith.addf %v1055, %v1056 fastmath<contract> : f32
          %v1059, %v1060 = gpu.shuffle xor %v1058, %v832, %v824 : f32
          %v1061 = arith.addf %v1058, %v1059 fastmath<contract> : f32
          // end sum over the lanes
          %v1062 = arith.addi %v99, %v272 : i64
          %v1063, %v1064 = gpu.shuffle idx %v706, %v779, %v790 : f32
          %v1065, %v1066 = gpu.shuffle idx %v713, %v779, %v790 : f32
          %v1067, %v1068 = gpu.shuffle idx %v725, %v779, %v790 : f32
          %v1069 = arith.divf %v422, %v799 : f32
          %v1070 = arith.mulf %v1065, %v1069 fastmath<contract> : f32
          %v1071 = arith.mulf %v1070, %v1067 fastmath<contract> : f32
          %v1072 = llvm.load %v6 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v1063, %v1072 fastmath<contract> : f32
          %v1074 = arith.addf %v1073, %v1071 fastmath<contract> : f32
          %v1075 = arith.divf %v429, %v799 : f32
          %v1076 = arith.mulf %v1065, %v1075 fastmath<contract> : f32
          %v1077 = arith.mulf %v1076, %v1067 fastmath<contract> : f32
          %v1078 = llvm.load %v7 : !llvm.ptr -> f32
          %v1079 = arith.mulf %v1063, %v1078 fastmath<contract> : f32
          %v1080 = arith.addf %v1079, %v1077 fastmath<contract> : f32
          %v1081 = llvm.load %v8 : !llvm.ptr -> f32
          %v1082 = arith.mulf %v1063, %v1081 fastmath<contract> : f32
          %v1083 = arith.addf %v1082, %v1070 fastmath<contract> : f32
          %v1084 = llvm.load %v9 : !llvm.ptr -> f32
          %v1085 = arith.mulf %v1063, %v1084 fastmath<contract> : f32
          %v1086 = arith.addf %v1085, %v1076 fastmath<contract> : f32
          llvm.store %v1074, %v6 : f32, !llvm.ptr
          llvm.store %v1080, %v7 : f32, !llvm.ptr
          llvm.store %v1083, %v8 : f32, !llvm.ptr
          llvm.store %v1086, %v9 : f32, !llvm.ptr
          %v1087 = llvm.load %v6 : !llvm.ptr -> f32
          %v1088 = arith.mulf %v434, %v1087 fastmath<contract> : f32
          %v1089 = llvm.load %v7 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v441, %v1089 fastmath<contract> : f32
          %v1091 = arith.addf %v1088, %v1090 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1092, %v1093 = gpu.shuffle xor %v1091, %v823, %v824 : f32
          %v1094 = arith.addf %v1091, %v1092 fastmath<contract> : f32
          %v1095, %v1096 = gpu.shuffle xor %v1094, %v828, %v824 : f32
          %v1097 = arith.addf %v1094, %v1095 fastmath<contract> : f32
          %v1098, %v1099 = gpu.shuffle xor %v1097, %v832, %v824 : f32
          %v1100 = arith.addf %v1097, %v1098 fastmath<contract> : f32
          // end sum over the lanes
          %v1101 = llvm.load %v8 : !llvm.ptr -> f32
          %v1102 = arith.mulf %v434, %v1101 fastmath<contract> : f32
          %v1103 = llvm.load %v9 : !llvm.ptr -> f32
          %v1104 = arith.mulf %v441, %v1103 fastmath<contract> : f32
          %v1105 = arith.addf %v1102, %v1104 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1106, %v1107 = gpu.shuffle xor %v1105, %v823, %v824 : f32
          %v1108 = arith.addf %v1105, %v1106 fastmath<contract> : f32
          %v1109, %v1110 = gpu.shuffle xor %v1108, %v828, %v824 : f32
          %v1111 = arith.addf %v1108, %v1109 fastmath<contract> : f32
          %v1112, %v1113 = gpu.shuffle xor %v1111, %v832, %v824 : f32
          %v1114 = arith.addf %v1111, %v1112 fastmath<contract> : f32
          // end sum over the lanes
          %v1115 = arith.addi %v99, %v274 : i64
          %v1116, %v1117 = gpu.shuffle idx %v706, %v783, %v790 : f32
          %v1118, %v1119 = gpu.shuffle idx %v713, %v783, %v790 : f32
          %v1120, %v1121 = gpu.shuffle idx %v725, %v783, %v790 : f32
          %v1122 = arith.divf %v447, %v799 : f32
          %v1123 = arith.mulf %v1118, %v1122 fastmath<contract> : f32
          %v1124 = arith.mulf %v1123, %v1120 fastmath<contract> : f32
          %v1125 = llvm.load %v6 : !llvm.ptr -> f32
          %v1126 = arith.mulf %v1116, %v1125 fastmath<contract> : f32
          %v1127 = arith.addf %v1126, %v1124 fastmath<contract> : f32
          %v1128 = arith.divf %v454, %v799 : f32
          %v1129 = arith.mulf %v1118, %v1128 fastmath<contract> : f32
          %v1130 = arith.mulf %v1129, %v1120 fastmath<contract> : f32
          %v1131 = llvm.load %v7 : !llvm.ptr -> f32
          %v1132 = arith.mulf %v1116, %v1131 fastmath<contract> : f32
          %v1133 = arith.addf %v1132, %v1130 fastmath<contract> : f32
          %v1134 = llvm.load %v8 : !llvm.ptr -> f32
          %v1135 = arith.mulf %v1116, %v1134 fastmath<contract> : f32
          %v1136 = arith.addf %v1135, %v1123 fastmath<contract> : f32
          %v1137 = llvm.load %v9 : !llvm.ptr -> f32
          %v1138 = arith.mulf %v1116, %v1137 fastmath<contract> : f32
          %v1139 = arith.addf %v1138, %v1129 fastmath<contract> : f32
          llvm.store %v1127, %v6 : f32, !llvm.ptr
          llvm.store %v1133, %v7 : f32, !llvm.ptr
          llvm.store %v1136, %v8 : f32, !llvm.ptr
          llvm.store %v1139, %v9 : f32, !llvm.ptr
          %v1140 = llvm.load %v6 : !llvm.ptr -> f32
          %v1141 = arith.mulf %v459, %v1140 fastmath<contract> : f32
          %v1142 = llvm.load %v7 : !llvm.ptr -> f32
          %v1143 = arith.mulf %v466, %v1142 fastmath<contract> : f32
          %v1144 = arith.addf %v1141, %v1143 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1145, %v1146 = gpu.shuffle xor %v1144, %v823, %v824 : f32
          %v1147 = arith.addf %v1144, %v1145 fastmath<contract> : f32
          %v1148, %v1149 = gpu.shuffle xor %v1147, %v828, %v824 : f32
          %v1150 = arith.addf %v1147, %v1148 fastmath<contract> : f32
          %v1151, %v1152 = gpu.shuffle xor %v1150, %v832, %v824 : f32
          %v1153 = arith.addf %v1150, %v1151 fastmath<contract> : f32
          // end sum over the lanes
          %v1154 = llvm.load %v8 : !llvm.ptr -> f32
          %v1155 = arith.mulf %v459, %v1154 fastmath<contract> : f32
          %v1156 = llvm.load %v9 : !llvm.ptr -> f32
          %v1157 = arith.mulf %v466, %v1156 fastmath<contract> : f32
          %v1158 = arith.addf %v1155, %v1157 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1159, %v1160 = gpu.shuffle xor %v1158, %v823, %v824 : f32
          %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
          %v1162, %v1163 = gpu.shuffle xor %v1161, %v828, %v824 : f32
          %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
          %v1165, %v1166 = gpu.shuffle xor %v1164, %v832, %v824 : f32
          %v1167 = arith.addf %v1164, %v1165 fastmath<contract> : f32
          // end sum over the lanes
          %v1168 = arith.addi %v99, %v276 : i64
          %v1169, %v1170 = gpu.shuffle idx %v706, %v787, %v790 : f32
          %v1171, %v1172 = gpu.shuffle idx %v713, %v787, %v790 : f32
          %v1173, %v1174 = gpu.shuffle idx %v725, %v787, %v790 : f32
          %v1175 = arith.divf %v472, %v799 : f32
          %v1176 = arith.mulf %v1171, %v1175 fastmath<contract> : f32
          %v1177 = arith.mulf %v1176, %v1173 fastmath<contract> : f32
          %v1178 = llvm.load %v6 : !llvm.ptr -> f32
          %v1179 = arith.mulf %v1169, %v1178 fastmath<contract> : f32
          %v1180 = arith.addf %v1179, %v1177 fastmath<contract> : f32
          %v1181 = arith.divf %v479, %v799 : f32
          %v1182 = arith.mulf %v1171, %v1181 fastmath<contract> : f32
          %v1183 = arith.mulf %v1182, %v1173 fastmath<contract> : f32
          %v1184 = llvm.load %v7 : !llvm.ptr -> f32
          %v1185 = arith.mulf %v1169, %v1184 fastmath<contract> : f32
          %v1186 = arith.addf %v1185, %v1183 fastmath<contract> : f32
          %v1187 = llvm.load %v8 : !llvm.ptr -> f32
          %v1188 = arith.mulf %v1169, %v1187 fastmath<contract> : f32
          %v1189 = arith.addf %v1188, %v1176 fastmath<contract> : f32
          %v1190 = llvm.load %v9 : !llvm.ptr -> f32
          %v1191 = arith.mulf %v1169, %v1190 fastmath<contract> : f32
          %v1192 = arith.addf %v1191, %v1182 fastmath<contract> : f32
          llvm.store %v1180, %v6 : f32, !llvm.ptr
          llvm.store %v1186, %v7 : f32, !llvm.ptr
          llvm.store %v1189, %v8 : f32, !llvm.ptr
          llvm.store %v1192, %v9 : f32, !llvm.ptr
          %v1193 = llvm.load %v6 : !llvm.ptr -> f32
          %v1194 = arith.mulf %v484, %v1193 fastmath<contract> : f32
          %v1195 = llvm.load %v7 : !llvm.ptr -> f32
          %v1196 = arith.mulf %v491, %v1195 fastmath<contract> : f32
          %v1197 = arith.addf %v1194, %v1196 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1198, %v1199 = gpu.shuffle xor %v1197, %v823, %v824 : f32
          %v1200 = arith.addf %v1197, %v1198 fastmath<contract> : f32
          %v1201, %v1202 = gpu.shuffle xor %v1200, %v828, %v824 : f32
          %v1203 = arith.addf %v1200, %v1201 fastmath<contract> : f32
          %v1204, %v1205 = gpu.shuffle xor %v1203, %v832, %v824 : f32
          %v1206 = arith.addf %v1203, %v1204 fastmath<contract> : f32
          // end sum over the lanes
          %v1207 = llvm.load %v8 : !llvm.ptr -> f32
          %v1208 = arith.mulf %v484, %v1207 fastmath<contract> : f32
          %v1209 = llvm.load %v9 : !llvm.ptr -> f32
          %v1210 = arith.mulf %v491, %v1209 fastmath<contract> : f32
          %v1211 = arith.addf %v1208, %v1210 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1212, %v1213 = gpu.shuffle xor %v1211, %v823, %v824 : f32
          %v1214 = arith.addf %v1211, %v1212 fastmath<contract> : f32
          %v1215, %v1216 = gpu.shuffle xor %v1214, %v828, %v824 : f32
          %v1217 = arith.addf %v1214, %v1215 fastmath<contract> : f32
          %v1218, %v1219 = gpu.shuffle xor %v1217, %v832, %v824 : f32
          %v1220 = arith.addf %v1217, %v1218 fastmath<contract> : f32
          // end sum over the lanes
          %v1221 = arith.addi %v99, %v277 : i64
          %v1222, %v1223 = gpu.shuffle idx %v738, %v759, %v790 : f32
          %v1224, %v1225 = gpu.shuffle idx %v745, %v759, %v790 : f32
          %v1226, %v1227 = gpu.shuffle idx %v754, %v759, %v790 : f32
          %v1228 = arith.divf %v497, %v799 : f32
          %v1229 = arith.mulf %v1224, %v1228 fastmath<contract> : f32
          %v1230 = arith.mulf %v1229, %v1226 fastmath<contract> : f32
          %v1231 = llvm.load %v6 : !llvm.ptr -> f32
          %v1232 = arith.mulf %v1222, %v1231 fastmath<contract> : f32
          %v1233 = arith.addf %v1232, %v1230 fastmath<contract> : f32
          %v1234 = arith.divf %v504, %v799 : f32
          %v1235 = arith.mulf %v1224, %v1234 fastmath<contract> : f32
          %v1236 = arith.mulf %v1235, %v1226 fastmath<contract> : f32
          %v1237 = llvm.load %v7 : !llvm.ptr -> f32
          %v1238 = arith.mulf %v1222, %v1237 fastmath<contract> : f32
          %v1239 = arith.addf %v1238, %v1236 fastmath<contract> : f32
          %v1240 = llvm.load %v8 : !llvm.ptr -> f32
          %v1241 = arith.mulf %v1222, %v1240 fastmath<contract> : f32
          %v1242 = arith.addf %v1241, %v1229 fastmath<contract> : f32
          %v1243 = llvm.load %v9 : !llvm.ptr -> f32
          %v1244 = arith.mulf %v1222, %v1243 fastmath<contract> : f32
          %v1245 = arith.addf %v1244, %v1235 fastmath<contract> : f32
          llvm.store %v1233, %v6 : f32, !llvm.ptr
          llvm.store %v1239, %v7 : f32, !llvm.ptr
          llvm.store %v1242, %v8 : f32, !llvm.ptr
          llvm.store %v1245, %v9 : f32, !llvm.ptr
          %v1246 = llvm.load %v6 : !llvm.ptr -> f32
          %v1247 = arith.mulf %v509, %v1246 fastmath<contract> : f32
          %v1248 = llvm.load %v7 : !llvm.ptr -> f32
          %v1249 = arith.mulf %v516, %v1248 fastmath<contract> : f32
          %v1250 = arith.addf %v1247, %v1249 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1251, %v1252 = gpu.shuffle xor %v1250, %v823, %v824 : f32
          %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
          %v1254, %v1255 = gpu.shuffle xor %v1253, %v828, %v824 : f32
          %v1256 = arith.addf %v1253, %v1254 fastmath<contract> : f32
          %v1257, %v1258 = gpu.shuffle xor %v1256, %v832, %v824 : f32
          %v1259 = arith.addf %v1256, %v1257 fastmath<contract> : f32
          // end sum over the lanes
          %v1260 = llvm.load %v8 : !llvm.ptr -> f32
          %v1261 = arith.mulf %v509, %v1260 fastmath<contract> : f32
          %v1262 = llvm.load %v9 : !llvm.ptr -> f32
          %v1263 = arith.mulf %v516, %v1262 fastmath<contract> : f32
          %v1264 = arith.addf %v1261, %v1263 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1265, %v1266 = gpu.shuffle xor %v1264, %v823, %v824 : f32
          %v1267 = arith.addf %v1264, %v1265 fastmath<contract> : f32
          %v1268, %v1269 = gpu.shuffle xor %v1267, %v828, %v824 : f32
          %v1270 = arith.addf %v1267, %v1268 fastmath<contract> : f32
          %v1271, %v1272 = gpu.shuffle xor %v1270, %v832, %v824 : f32
          %v1273 = arith.addf %v1270, %v1271 fastmath<contract> : f32
          // end sum over the lanes
          %v1274 = arith.addi %v99, %v279 : i64
          %v1275, %v1276 = gpu.shuffle idx %v738, %v763, %v790 : f32
          %v1277, %v1278 = gpu.shuffle idx %v745, %v763, %v790 : f32
          %v1279, %v1280 = gpu.shuffle idx %v754, %v763, %v790 : f32
          %v1281 = arith.divf %v522, %v799 : f32
          %v1282 = arith.mulf %v1277, %v1281 fastmath<contract> : f32
          %v1283 = arith.mulf %v1282, %v1279 fastmath<contract> : f32
          %v1284 = llvm.load %v6 : !llvm.ptr -> f32
          %v1285 = arith.mulf %v1275, %v1284 fastmath<contract> : f32
          %v1286 = arith.addf %v1285, %v1283 fastmath<contract> : f32
          %v1287 = arith.divf %v529, %v799 : f32
          %v1288 = arith.mulf %v1277, %v1287 fastmath<contract> : f32
          %v1289 = arith.mulf %v1288, %v1279 fastmath<contract> : f32
          %v1290 = llvm.load %v7 : !llvm.ptr -> f32
          %v1291 = arith.mulf %v1275, %v1290 fastmath<contract> : f32
          %v1292 = arith.addf %v1291, %v1289 fastmath<contract> : f32
          %v1293 = llvm.load %v8 : !llvm.ptr -> f32
          %v1294 = arith.mulf %v1275, %v1293 fastmath<contract> : f32
          %v1295 = arith.addf %v1294, %v1282 fastmath<contract> : f32
          %v1296 = llvm.load %v9 : !llvm.ptr -> f32
          %v1297 = arith.mulf %v1275, %v1296 fastmath<contract> : f32
          %v1298 = arith.addf %v1297, %v1288 fastmath<contract> : f32
          llvm.store %v1286, %v6 : f32, !llvm.ptr
          llvm.store %v1292, %v7 : f32, !llvm.ptr
          llvm.store %v1295, %v8 : f32, !llvm.ptr
          llvm.store %v1298, %v9 : f32, !llvm.ptr
          %v1299 = llvm.load %v6 : !llvm.ptr -> f32
          %v1300 = arith.mulf %v534, %v1299 fastmath<contract> : f32
          %v1301 = llvm.load %v7 : !llvm.ptr -> f32
          %v1302 = arith.mulf %v541, %v1301 fastmath<contract> : f32
          %v1303 = arith.addf %v1300, %v1302 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1304, %v1305 = gpu.shuffle xor %v1303, %v823, %v824 : f32
          %v1306 = arith.addf %v1303, %v1304 fastmath<contract> : f32
          %v1307, %v1308 = gpu.shuffle xor %v1306, %v828, %v824 : f32
          %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
          %v1310, %v1311 = gpu.shuffle xor %v1309, %v832, %v824 : f32
          %v1312 = arith.addf %v1309, %v1310 fastmath<contract> : f32
          // end sum over the lanes
          %v1313 = llvm.load %v8 : !llvm.ptr -> f32
          %v1314 = arith.mulf %v534, %v1313 fastmath<contract> : f32
          %v1315 = llvm.load %v9 : !llvm.ptr -> f32
          %v1316 = arith.mulf %v541, %v1315 fastmath<contract> : f32
          %v1317 = arith.addf %v1314, %v1316 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1318, %v1319 = gpu.shuffle xor %v1317, %v823, %v824 : f32
          %v1320 = arith.addf %v1317, %v1318 fastmath<contract> : f32
          %v1321, %v1322 = gpu.shuffle xor %v1320, %v828, %v824 : f32
          %v1323 = arith.addf %v1320, %v1321 fastmath<contract> : f32
          %v1324, %v1325 = gpu.shuffle xor %v1323, %v832, %v824 : f32
          %v1326 = arith.addf %v1323, %v1324 fastmath<contract> : f32
          // end sum over the lanes
          %v1327 = arith.addi %v99, %v281 : i64
          %v1328, %v1329 = gpu.shuffle idx %v738, %v767, %v790 : f32
          %v1330, %v1331 = gpu.shuffle idx %v745, %v767, %v790 : f32
          %v1332, %v1333 = gpu.shuffle idx %v754, %v767, %v790 : f32
          %v1334 = arith.divf %v547, %v799 : f32
          %v1335 = arith.mulf %v1330, %v1334 fastmath<contract> : f32
          %v1336 = arith.mulf %v1335, %v1332 fastmath<contract> : f32
          %v1337 = llvm.load %v6 : !llvm.ptr -> f32
          %v1338 = arith.mulf %v1328, %v1337 fastmath<contract> : f32
          %v1339 = arith.addf %v1338, %v1336 fastmath<contract> : f32
          %v1340 = arith.divf %v554, %v799 : f32
          %v1341 = arith.mulf %v1330, %v1340 fastmath<contract> : f32
          %v1342 = arith.mulf %v1341, %v1332 fastmath<contract> : f32
          %v1343 = llvm.load %v7 : !llvm.ptr -> f32
          %v1344 = arith.mulf %v1328, %v1343 fastmath<contract> : f32
          %v1345 = arith.addf %v1344, %v1342 fastmath<contract> : f32
          %v1346 = llvm.load %v8 : !llvm.ptr -> f32
          %v1347 = arith.mulf %v1328, %v1346 fastmath<contract> : f32
          %v1348 = arith.addf %v1347, %v1335 fastmath<contract> : f32
          %v1349 = llvm.load %v9 : !llvm.ptr -> f32
          %v1350 = arith.mulf %v1328, %v1349 fastmath<contract> : f32
          %v1351 = arith.addf %v1350, %v1341 fastmath<contract> : f32
          llvm.store %v1339, %v6 : f32, !llvm.ptr
          llvm.store %v1345, %v7 : f32, !llvm.ptr
          llvm.store %v1348, %v8 : f32, !llvm.ptr
          llvm.store %v1351, %v9 : f32, !llvm.ptr
          %v1352 = llvm.load %v6 : !llvm.ptr -> f32
          %v1353 = arith.mulf %v559, %v1352 fastmath<contract> : f32
          %v1354 = llvm.load %v7 : !llvm.ptr -> f32
          %v1355 = arith.mulf %v566, %v1354 fastmath<contract> : f32
          %v1356 = arith.addf %v1353, %v1355 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1357, %v1358 = gpu.shuffle xor %v1356, %v823, %v824 : f32
          %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
          %v1360, %v1361 = gpu.shuffle xor %v1359, %v828, %v824 : f32
          %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
          %v1363, %v1364 = gpu.shuffle xor %v1362, %v832, %v824 : f32
          %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
          // end sum over the lanes
          %v1366 = llvm.load %v8 : !llvm.ptr -> f32
          %v1367 = arith.mulf %v559, %v1366 fastmath<contract> : f32
          %v1368 = llvm.load %v9 : !llvm.ptr -> f32
          %v1369 = arith.mulf %v566, %v1368 fastmath<contract> : f32
          %v1370 = arith.addf %v1367, %v1369 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1371, %v1372 = gpu.shuffle xor %v1370, %v823, %v824 : f32
          %v1373 = arith.addf %v1370, %v1371 fastmath<contract> : f32
          %v1374, %v1375 = gpu.shuffle xor %v1373, %v828, %v824 : f32
          %v1376 = arith.addf %v1373, %v1374 fastmath<contract> : f32
          %v1377, %v1378 = gpu.shuffle xor %v1376, %v832, %v824 : f32
          %v1379 = arith.addf %v1376, %v1377 fastmath<contract> : f32
          // end sum over the lanes
          %v1380 = arith.addi %v99, %v283 : i64
          %v1381, %v1382 = gpu.shuffle idx %v738, %v771, %v790 : f32
          %v1383, %v1384 = gpu.shuffle idx %v745, %v771, %v790 : f32
          %v1385, %v1386 = gpu.shuffle idx %v754, %v771, %v790 : f32
          %v1387 = arith.divf %v572, %v799 : f32
          %v1388 = arith.mulf %v1383, %v1387 fastmath<contract> : f32
          %v1389 = arith.mulf %v1388, %v1385 fastmath<contract> : f32
          %v1390 = llvm.load %v6 : !llvm.ptr -> f32
          %v1391 = arith.mulf %v1381, %v1390 fastmath<contract> : f32
          %v1392 = arith.addf %v1391, %v1389 fastmath<contract> : f32
          %v1393 = arith.divf %v579, %v799 : f32
          %v1394 = arith.mulf %v1383, %v1393 fastmath<contract> : f32
          %v1395 = arith.mulf %v1394, %v1385 fastmath<contract> : f32
          %v1396 = llvm.load %v7 : !llvm.ptr -> f32
          %v1397 = arith.mulf %v1381, %v1396 fastmath<contract> : f32
          %v1398 = arith.addf %v1397, %v1395 fastmath<contract> : f32
          %v1399 = llvm.load %v8 : !llvm.ptr -> f32
          %v1400 = arith.mulf %v1381, %v1399 fastmath<contract> : f32
          %v1401 = arith.addf %v1400, %v1388 fastmath<contract> : f32
          %v1402 = llvm.load %v9 : !llvm.ptr -> f32
          %v1403 = arith.mulf %v1381, %v1402 fastmath<contract> : f32
          %v1404 = arith.addf %v1403, %v1394 fastmath<contract> : f32
          llvm.store %v1392, %v6 : f32, !llvm.ptr
          llvm.store %v1398, %v7 : f32, !llvm.ptr
          llvm.store %v1401, %v8 : f32, !llvm.ptr
          llvm.store %v1404, %v9 : f32, !llvm.ptr
          %v1405 = llvm.load %v6 : !llvm.ptr -> f32
          %v1406 = arith.mulf %v584, %v1405 fastmath<contract> : f32
          %v1407 = llvm.load %v7 : !llvm.ptr -> f32
          %v1408 = arith.mulf %v591, %v1407 fastmath<contract> : f32
          %v1409 = arith.addf %v1406, %v1408 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1410, %v1411 = gpu.shuffle xor %v1409, %v823, %v824 : f32
          %v1412 = arith.addf %v1409, %v1410 fastmath<contract> : f32
          %v1413, %v1414 = gpu.shuffle xor %v1412, %v828, %v824 : f32
          %v1415 = arith.addf %v1412, %v1413 fastmath<contract> : f32
          %v1416, %v1417 = gpu.shuffle xor %v1415, %v832, %v824 : f32
          %v1418 = arith.addf %v1415, %v1416 fastmath<contract> : f32
          // end sum over the lanes
          %v1419 = llvm.load %v8 : !llvm.ptr -> f32
          %v1420 = arith.mulf %v584, %v1419 fastmath<contract> : f32
          %v1421 = llvm.load %v9 : !llvm.ptr -> f32
          %v1422 = arith.mulf %v591, %v1421 fastmath<contract> : f32
          %v1423 = arith.addf %v1420, %v1422 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1424, %v1425 = gpu.shuffle xor %v1423, %v823, %v824 : f32
          %v1426 = arith.addf %v1423, %v1424 fastmath<contract> : f32
          %v1427, %v1428 = gpu.shuffle xor %v1426, %v828, %v824 : f32
          %v1429 = arith.addf %v1426, %v1427 fastmath<contract> : f32
          %v1430, %v1431 = gpu.shuffle xor %v1429, %v832, %v824 : f32
          %v1432 = arith.addf %v1429, %v1430 fastmath<contract> : f32
          // end sum over the lanes
          %v1433 = arith.addi %v99, %v285 : i64
          %v1434, %v1435 = gpu.shuffle idx %v738, %v775, %v790 : f32
          %v1436, %v1437 = gpu.shuffle idx %v745, %v775, %v790 : f32
          %v1438, %v1439 = gpu.shuffle idx %v754, %v775, %v790 : f32
          %v1440 = arith.divf %v597, %v799 : f32
          %v1441 = arith.mulf %v1436, %v1440 fastmath<contract> : f32
          %v1442 = arith.mulf %v1441, %v1438 fastmath<contract> : f32
          %v1443 = llvm.load %v6 : !llvm.ptr -> f32
          %v1444 = arith.mulf %v1434, %v1443 fastmath<contract> : f32
          %v1445 = arith.addf %v1444, %v1442 fastmath<contract> : f32
          %v1446 = arith.divf %v604, %v799 : f32
          %v1447 = arith.mulf %v1436, %v1446 fastmath<contract> : f32
          %v1448 = arith.mulf %v1447, %v1438 fastmath<contract> : f32
          %v1449 = llvm.load %v7 : !llvm.ptr -> f32
          %v1450 = arith.mulf %v1434, %v1449 fastmath<contract> : f32
          %v1451 = arith.addf %v1450, %v1448 fastmath<contract> : f32
          %v1452 = llvm.load %v8 : !llvm.ptr -> f32
          %v1453 = arith.mulf %v1434, %v1452 fastmath<contract> : f32
          %v1454 = arith.addf %v1453, %v1441 fastmath<contract> : f32
          %v1455 = llvm.load %v9 : !llvm.ptr -> f32
          %v1456 = arith.mulf %v1434, %v1455 fastmath<contract> : f32
          %v1457 = arith.addf %v1456, %v1447 fastmath<contract> : f32
          llvm.store %v1445, %v6 : f32, !llvm.ptr
          llvm.store %v1451, %v7 : f32, !llvm.ptr
          llvm.store %v1454, %v8 : f32, !llvm.ptr
          llvm.store %v1457, %v9 : f32, !llvm.ptr
          %v1458 = llvm.load %v6 : !llvm.ptr -> f32
          %v1459 = arith.mulf %v609, %v1458 fastmath<contract> : f32
          %v1460 = llvm.load %v7 : !llvm.ptr -> f32
          %v1461 = arith.mulf %v616, %v1460 fastmath<contract> : f32
          %v1462 = arith.addf %v1459, %v1461 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1463, %v1464 = gpu.shuffle xor %v1462, %v823, %v824 : f32
          %v1465 = arith.addf %v1462, %v1463 fastmath<contract> : f32
          %v1466, %v1467 = gpu.shuffle xor %v1465, %v828, %v824 : f32
          %v1468 = arith.addf %v1465, %v1466 fastmath<contract> : f32
          %v1469, %v1470 = gpu.shuffle xor %v1468, %v832, %v824 : f32
          %v1471 = arith.addf %v1468, %v1469 fastmath<contract> : f32
          // end sum over the lanes
          %v1472 = llvm.load %v8 : !llvm.ptr -> f32
          %v1473 = arith.mulf %v609, %v1472 fastmath<contract> : f32
          %v1474 = llvm.load %v9 : !llvm.ptr -> f32
          %v1475 = arith.mulf %v616, %v1474 fastmath<contract> : f32
          %v1476 = arith.addf %v1473, %v1475 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1477, %v1478 = gpu.shuffle xor %v1476, %v823, %v824 : f32
          %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
          %v1480, %v1481 = gpu.shuffle xor %v1479, %v828, %v824 : f32
          %v1482 = arith.addf %v1479, %v1480 fastmath<contract> : f32
          %v1483, %v1484 = gpu.shuffle xor %v1482, %v832, %v824 : f32
          %v1485 = arith.addf %v1482, %v1483 fastmath<contract> : f32
          // end sum over the lanes
          %v1486 = arith.addi %v99, %v287 : i64
          %v1487, %v1488 = gpu.shuffle idx %v738, %v779, %v790 : f32
          %v1489, %v1490 = gpu.shuffle idx %v745, %v779, %v790 : f32
          %v1491, %v1492 = gpu.shuffle idx %v754, %v779, %v790 : f32
          %v1493 = arith.divf %v622, %v799 : f32
          %v1494 = arith.mulf %v1489, %v1493 fastmath<contract> : f32
          %v1495 = arith.mulf %v1494, %v1491 fastmath<contract> : f32
          %v1496 = llvm.load %v6 : !llvm.ptr -> f32
          %v1497 = arith.mulf %v1487, %v1496 fastmath<contract> : f32
          %v1498 = arith.addf %v1497, %v1495 fastmath<contract> : f32
          %v1499 = arith.divf %v629, %v799 : f32
          %v1500 = arith.mulf %v1489, %v1499 fastmath<contract> : f32
          %v1501 = arith.mulf %v1500, %v1491 fastmath<contract> : f32
          %v1502 = llvm.load %v7 : !llvm.ptr -> f32
          %v1503 = arith.mulf %v1487, %v1502 fastmath<contract> : f32
          %v1504 = arith.addf %v1503, %v1501 fastmath<contract> : f32
          %v1505 = llvm.load %v8 : !llvm.ptr -> f32
          %v1506 = arith.mulf %v1487, %v1505 fastmath<contract> : f32
          %v1507 = arith.addf %v1506, %v1494 fastmath<contract> : f32
          %v1508 = llvm.load %v9 : !llvm.ptr -> f32
          %v1509 = arith.mulf %v1487, %v1508 fastmath<contract> : f32
          %v1510 = arith.addf %v1509, %v1500 fastmath<contract> : f32
          llvm.store %v1498, %v6 : f32, !llvm.ptr
          llvm.store %v1504, %v7 : f32, !llvm.ptr
          llvm.store %v1507, %v8 : f32, !llvm.ptr
          llvm.store %v1510, %v9 : f32, !llvm.ptr
          %v1511 = llvm.load %v6 : !llvm.ptr -> f32
          %v1512 = arith.mulf %v634, %v1511 fastmath<contract> : f32
          %v1513 = llvm.load %v7 : !llvm.ptr -> f32
          %v1514 = arith.mulf %v641, %v1513 fastmath<contract> : f32
          %v1515 = arith.addf %v1512, %v1514 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1516, %v1517 = gpu.shuffle xor %v1515, %v823, %v824 : f32
          %v1518 = arith.addf %v1515, %v1516 fastmath<contract> : f32
          %v1519, %v1520 = gpu.shuffle xor %v1518, %v828, %v824 : f32
          %v1521 = arith.addf %v1518, %v1519 fastmath<contract> : f32
          %v1522, %v1523 = gpu.shuffle xor %v1521, %v832, %v824 : f32
          %v1524 = arith.addf %v1521, %v1522 fastmath<contract> : f32
          // end sum over the lanes
          %v1525 = llvm.load %v8 : !llvm.ptr -> f32
          %v1526 = arith.mulf %v634, %v1525 fastmath<contract> : f32
          %v1527 = llvm.load %v9 : !llvm.ptr -> f32
          %v1528 = arith.mulf %v641, %v1527 fastmath<contract> : f32
          %v1529 = arith.addf %v1526, %v1528 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1530, %v1531 = gpu.shuffle xor %v1529, %v823, %v824 : f32
          %v1532 = arith.addf %v1529, %v1530 fastmath<contract> : f32
          %v1533, %v1534 = gpu.shuffle xor %v1532, %v828, %v824 : f32
          %v1535 = arith.addf %v1532, %v1533 fastmath<contract> : f32
          %v1536, %v1537 = gpu.shuffle xor %v1535, %v832, %v824 : f32
          %v1538 = arith.addf %v1535, %v1536 fastmath<contract> : f32
          // end sum over the lanes
          %v1539 = arith.addi %v99, %v289 : i64
          %v1540, %v1541 = gpu.shuffle idx %v738, %v783, %v790 : f32
          %v1542, %v1543 = gpu.shuffle idx %v745, %v783, %v790 : f32
          %v1544, %v1545 = gpu.shuffle idx %v754, %v783, %v790 : f32
          %v1546 = arith.divf %v647, %v799 : f32
          %v1547 = arith.mulf %v1542, %v1546 fastmath<contract> : f32
          %v1548 = arith.mulf %v1547, %v1544 fastmath<contract> : f32
          %v1549 = llvm.load %v6 : !llvm.ptr -> f32
          %v1550 = arith.mulf %v1540, %v1549 fastmath<contract> : f32
          %v1551 = arith.addf %v1550, %v1548 fastmath<contract> : f32
          %v1552 = arith.divf %v654, %v799 : f32
          %v1553 = arith.mulf %v1542, %v1552 fastmath<contract> : f32
          %v1554 = arith.mulf %v1553, %v1544 fastmath<contract> : f32
          %v1555 = llvm.load %v7 : !llvm.ptr -> f32
          %v1556 = arith.mulf %v1540, %v1555 fastmath<contract> : f32
          %v1557 = arith.addf %v1556, %v1554 fastmath<contract> : f32
          %v1558 = llvm.load %v8 : !llvm.ptr -> f32
          %v1559 = arith.mulf %v1540, %v1558 fastmath<contract> : f32
          %v1560 = arith.addf %v1559, %v1547 fastmath<contract> : f32
          %v1561 = llvm.load %v9 : !llvm.ptr -> f32
          %v1562 = arith.mulf %v1540, %v1561 fastmath<contract> : f32
          %v1563 = arith.addf %v1562, %v1553 fastmath<contract> : f32
          llvm.store %v1551, %v6 : f32, !llvm.ptr
          llvm.store %v1557, %v7 : f32, !llvm.ptr
          llvm.store %v1560, %v8 : f32, !llvm.ptr
          llvm.store %v1563, %v9 : f32, !llvm.ptr
          %v1564 = llvm.load %v6 : !llvm.ptr -> f32
          %v1565 = arith.mulf %v659, %v1564 fastmath<contract> : f32
          %v1566 = llvm.load %v7 : !llvm.ptr -> f32
          %v1567 = arith.mulf %v666, %v1566 fastmath<contract> : f32
          %v1568 = arith.addf %v1565, %v1567 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1569, %v1570 = gpu.shuffle xor %v1568, %v823, %v824 : f32
          %v1571 = arith.addf %v1568, %v1569 fastmath<contract> : f32
          %v1572, %v1573 = gpu.shuffle xor %v1571, %v828, %v824 : f32
          %v1574 = arith.addf %v1571, %v1572 fastmath<contract> : f32
          %v1575, %v1576 = gpu.shuffle xor %v1574, %v832, %v824 : f32
          %v1577 = arith.addf %v1574, %v1575 fastmath<contract> : f32
          // end sum over the lanes
          %v1578 = llvm.load %v8 : !llvm.ptr -> f32
          %v1579 = arith.mulf %v659, %v1578 fastmath<contract> : f32
          %v1580 = llvm.load %v9 : !llvm.ptr -> f32
          %v1581 = arith.mulf %v666, %v1580 fastmath<contract> : f32
          %v1582 = arith.addf %v1579, %v1581 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1583, %v1584 = gpu.shuffle xor %v1582, %v823, %v824 : f32
          %v1585 = arith.addf %v1582, %v1583 fastmath<contract> : f32
          %v1586, %v1587 = gpu.shuffle xor %v1585, %v828, %v824 : f32
          %v1588 = arith.addf %v1585, %v1586 fastmath<contract> : f32
          %v1589, %v1590 = gpu.shuffle xor %v1588, %v832, %v824 : f32
          %v1591 = arith.addf %v1588, %v1589 fastmath<contract> : f32
          // end sum over the lanes
          %v1592 = arith.addi %v99, %v291 : i64
          %v1593, %v1594 = gpu.shuffle idx %v738, %v787, %v790 : f32
          %v1595, %v1596 = gpu.shuffle idx %v745, %v787, %v790 : f32
          %v1597, %v1598 = gpu.shuffle idx %v754, %v787, %v790 : f32
          %v1599 = arith.divf %v672, %v799 : f32
          %v1600 = arith.mulf %v1595, %v1599 fastmath<contract> : f32
          %v1601 = arith.mulf %v1600, %v1597 fastmath<contract> : f32
          %v1602 = llvm.load %v6 : !llvm.ptr -> f32
          %v1603 = arith.mulf %v1593, %v1602 fastmath<contract> : f32
          %v1604 = arith.addf %v1603, %v1601 fastmath<contract> : f32
          %v1605 = arith.divf %v679, %v799 : f32
          %v1606 = arith.mulf %v1595, %v1605 fastmath<contract> : f32
          %v1607 = arith.mulf %v1606, %v1597 fastmath<contract> : f32
          %v1608 = llvm.load %v7 : !llvm.ptr -> f32
          %v1609 = arith.mulf %v1593, %v1608 fastmath<contract> : f32
          %v1610 = arith.addf %v1609, %v1607 fastmath<contract> : f32
          %v1611 = llvm.load %v8 : !llvm.ptr -> f32
          %v1612 = arith.mulf %v1593, %v1611 fastmath<contract> : f32
          %v1613 = arith.addf %v1612, %v1600 fastmath<contract> : f32
          %v1614 = llvm.load %v9 : !llvm.ptr -> f32
          %v1615 = arith.mulf %v1593, %v1614 fastmath<contract> : f32
          %v1616 = arith.addf %v1615, %v1606 fastmath<contract> : f32
          llvm.store %v1604, %v6 : f32, !llvm.ptr
          llvm.store %v1610, %v7 : f32, !llvm.ptr
          llvm.store %v1613, %v8 : f32, !llvm.ptr
          llvm.store %v1616, %v9 : f32, !llvm.ptr
          %v1617 = llvm.load %v6 : !llvm.ptr -> f32
          %v1618 = arith.mulf %v684, %v1617 fastmath<contract> : f32
          %v1619 = llvm.load %v7 : !llvm.ptr -> f32
          %v1620 = arith.mulf %v691, %v1619 fastmath<contract> : f32
          %v1621 = arith.addf %v1618, %v1620 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1622, %v1623 = gpu.shuffle xor %v1621, %v823, %v824 : f32
          %v1624 = arith.addf %v1621, %v1622 fastmath<contract> : f32
          %v1625, %v1626 = gpu.shuffle xor %v1624, %v828, %v824 : f32
          %v1627 = arith.addf %v1624, %v1625 fastmath<contract> : f32
          %v1628, %v1629 = gpu.shuffle xor %v1627, %v832, %v824 : f32
          %v1630 = arith.addf %v1627, %v1628 fastmath<contract> : f32
          // end sum over the lanes
          %v1631 = llvm.load %v8 : !llvm.ptr -> f32
          %v1632 = arith.mulf %v684, %v1631 fastmath<contract> : f32
          %v1633 = llvm.load %v9 : !llvm.ptr -> f32
          %v1634 = arith.mulf %v691, %v1633 fastmath<contract> : f32
          %v1635 = arith.addf %v1632, %v1634 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1636, %v1637 = gpu.shuffle xor %v1635, %v823, %v824 : f32
          %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
          %v1639, %v1640 = gpu.shuffle xor %v1638, %v828, %v824 : f32
          %v1641 = arith.addf %v1638, %v1639 fastmath<contract> : f32
          %v1642, %v1643 = gpu.shuffle xor %v1641, %v832, %v824 : f32
          %v1644 = arith.addf %v1641, %v1642 fastmath<contract> : f32
          // end sum over the lanes
          %v1645 = arith.addi %v99, %v693 : i64
          %v1646 = arith.select %v765, %v888, %v835 : f32
          %v1647 = arith.select %v769, %v941, %v1646 : f32
          %v1648 = arith.select %v773, %v994, %v1647 : f32
          %v1649 = arith.select %v777, %v1047, %v1648 : f32
          %v1650 = arith.select %v781, %v1100, %v1649 : f32
          %v1651 = arith.select %v785, %v1153, %v1650 : f32
          %v1652 = arith.select %v789, %v1206, %v1651 : f32
          %v1653 = arith.select %v765, %v902, %v849 : f32
          %v1654 = arith.select %v769, %v955, %v1653 : f32
          %v1655 = arith.select %v773, %v1008, %v1654 : f32
          %v1656 = arith.select %v777, %v1061, %v1655 : f32
          %v1657 = arith.select %v781, %v1114, %v1656 : f32
          %v1658 = arith.select %v785, %v1167, %v1657 : f32
          %v1659 = arith.select %v789, %v1220, %v1658 : f32
          %v1660 = llvm.call_intrinsic "llvm.fabs.f32"(%v1659) : (f32) -> f32
          %v1661 = arith.maximumf %v700, %v1660 : f32
          %v1662 = arith.divf %v1652, %v1661 : f32
          scf.if %v34 {
            %v1663 = arith.muli %v44, %v716 : i64
            %v1664 = arith.muli %v1645, %v715 : i64
            %v1665 = arith.addi %v1663, %v1664 : i64
            %v1666 = arith.muli %v42, %v714 : i64
            %v1667 = arith.addi %v1665, %v1666 : i64
            %v1668 = arith.muli %v40, %v2 : i64
            %v1669 = arith.addi %v1667, %v1668 : i64
            %v1670 = llvm.getelementptr %out_o[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1662, %v1670 : f32, !llvm.ptr
          }
          %v1671 = arith.addi %v99, %v727 : i64
          %v1672 = arith.select %v765, %v1312, %v1259 : f32
          %v1673 = arith.select %v769, %v1365, %v1672 : f32
          %v1674 = arith.select %v773, %v1418, %v1673 : f32
          %v1675 = arith.select %v777, %v1471, %v1674 : f32
          %v1676 = arith.select %v781, %v1524, %v1675 : f32
          %v1677 = arith.select %v785, %v1577, %v1676 : f32
          %v1678 = arith.select %v789, %v1630, %v1677 : f32
          %v1679 = arith.select %v765, %v1326, %v1273 : f32
          %v1680 = arith.select %v769, %v1379, %v1679 : f32
          %v1681 = arith.select %v773, %v1432, %v1680 : f32
          %v1682 = arith.select %v777, %v1485, %v1681 : f32
          %v1683 = arith.select %v781, %v1538, %v1682 : f32
          %v1684 = arith.select %v785, %v1591, %v1683 : f32
          %v1685 = arith.select %v789, %v1644, %v1684 : f32
          %v1686 = llvm.call_intrinsic "llvm.fabs.f32"(%v1685) : (f32) -> f32
          %v1687 = arith.maximumf %v700, %v1686 : f32
          %v1688 = arith.divf %v1678, %v1687 : f32
          scf.if %v34 {
            %v1689 = arith.muli %v44, %v716 : i64
            %v1690 = arith.muli %v1671, %v715 : i64
            %v1691 = arith.addi %v1689, %v1690 : i64
            %v1692 = arith.muli %v42, %v714 : i64
            %v1693 = arith.addi %v1691, %v1692 : i64
            %v1694 = arith.muli %v40, %v2 : i64
            %v1695 = arith.addi %v1693, %v1694 : i64
            %v1696 = llvm.getelementptr %out_o[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1688, %v1696 : f32, !llvm.ptr
          }
        }
        %v1697 = arith.muli %v256, %v1 : i64
        %v1698 = arith.index_cast %v1697 : i64 to index
        %v1699 = arith.index_cast %v255 : i64 to index
        %v1700 = arith.index_cast %v2 : i64 to index
        scf.for %v1701 = %v1698 to %v1699 step %v1700 {
          %v1702 = arith.index_cast %v1701 : index to i64
          %v1703 = arith.addi %v99, %v1702 : i64
          %v1704 = arith.muli %v59, %v125 : i64
          %v1705 = arith.subi %v1703, %v99 : i64
          %v1706 = arith.addi %v1704, %v1705 : i64
          %v1707 = llvm.getelementptr %v53[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
          %v1709 = arith.negf %v1708 : f32
          %v1710 = arith.mulf %v1709, %v702 fastmath<contract> : f32
          %v1711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1710) : (f32) -> f32
          %v1712 = arith.addf %v700, %v1711 fastmath<contract> : f32
          %v1713 = arith.divf %v700, %v1712 : f32
          %v1714 = arith.muli %v59, %v125 : i64
          %v1715 = arith.subi %v1703, %v99 : i64
          %v1716 = arith.addi %v1714, %v1715 : i64
          %v1717 = llvm.getelementptr %v51[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1718 = llvm.load %v1717 : !llvm.ptr -> f32
          %v1719 = arith.mulf %v1718, %v702 fastmath<contract> : f32
          %v1720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1719) : (f32) -> f32
          %v1721 = arith.muli %v30, %v125 : i64
          %v1722 = arith.subi %v1703, %v99 : i64
          %v1723 = arith.addi %v1721, %v1722 : i64
          %v1724 = llvm.getelementptr %v49[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
          %v1726 = arith.divf %v1725, %v799 : f32
          %v1727 = arith.mulf %v1720, %v1726 fastmath<contract> : f32
          %v1728 = arith.muli %v44, %v716 : i64
          %v1729 = arith.muli %v1703, %v715 : i64
          %v1730 = arith.addi %v1728, %v1729 : i64
          %v1731 = arith.muli %v42, %v714 : i64
          %v1732 = arith.addi %v1730, %v1731 : i64
          %v1733 = arith.muli %v40, %v2 : i64
          %v1734 = arith.addi %v1732, %v1733 : i64
          %v1735 = llvm.getelementptr %in_v[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
          %v1737 = arith.mulf %v1727, %v1736 fastmath<contract> : f32
          %v1738 = llvm.load %v6 : !llvm.ptr -> f32
          %v1739 = arith.mulf %v1713, %v1738 fastmath<contract> : f32
          %v1740 = arith.addf %v1739, %v1737 fastmath<contract> : f32
          %v1741 = arith.constant 8 : i64
          %v1742 = arith.addi %v1741, %v30 : i64
          %v1743 = arith.muli %v1742, %v125 : i64
          %v1744 = arith.subi %v1703, %v99 : i64
          %v1745 = arith.addi %v1743, %v1744 : i64
          %v1746 = llvm.getelementptr %v49[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
          %v1748 = arith.divf %v1747, %v799 : f32
          %v1749 = arith.mulf %v1720, %v1748 fastmath<contract> : f32
          %v1750 = arith.mulf %v1749, %v1736 fastmath<contract> : f32
          %v1751 = llvm.load %v7 : !llvm.ptr -> f32
          %v1752 = arith.mulf %v1713, %v1751 fastmath<contract> : f32
          %v1753 = arith.addf %v1752, %v1750 fastmath<contract> : f32
          %v1754 = llvm.load %v8 : !llvm.ptr -> f32
          %v1755 = arith.mulf %v1713, %v1754 fastmath<contract> : f32
          %v1756 = arith.addf %v1755, %v1727 fastmath<contract> : f32
          %v1757 = llvm.load %v9 : !llvm.ptr -> f32
          %v1758 = arith.mulf %v1713, %v1757 fastmath<contract> : f32
          %v1759 = arith.addf %v1758, %v1749 fastmath<contract> : f32
          llvm.store %v1740, %v6 : f32, !llvm.ptr
          llvm.store %v1753, %v7 : f32, !llvm.ptr
          llvm.store %v1756, %v8 : f32, !llvm.ptr
          llvm.store %v1759, %v9 : f32, !llvm.ptr
          %v1760 = arith.muli %v30, %v125 : i64
          %v1761 = arith.subi %v1703, %v99 : i64
          %v1762 = arith.addi %v1760, %v1761 : i64
          %v1763 = llvm.getelementptr %v47[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
          %v1765 = llvm.load %v6 : !llvm.ptr -> f32
          %v1766 = arith.mulf %v1764, %v1765 fastmath<contract> : f32
          %v1767 = arith.constant 8 : i64
          %v1768 = arith.addi %v1767, %v30 : i64
          %v1769 = arith.muli %v1768, %v125 : i64
          %v1770 = arith.subi %v1703, %v99 : i64
          %v1771 = arith.addi %v1769, %v1770 : i64
          %v1772 = llvm.getelementptr %v47[%v1771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1773 = llvm.load %v1772 : !llvm.ptr -> f32
          %v1774 = llvm.load %v7 : !llvm.ptr -> f32
          %v1775 = arith.mulf %v1773, %v1774 fastmath<contract> : f32
          %v1776 = arith.addf %v1766, %v1775 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1777, %v1778 = gpu.shuffle xor %v1776, %v823, %v824 : f32
          %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
          %v1780, %v1781 = gpu.shuffle xor %v1779, %v828, %v824 : f32
          %v1782 = arith.addf %v1779, %v1780 fastmath<contract> : f32
          %v1783, %v1784 = gpu.shuffle xor %v1782, %v832, %v824 : f32
          %v1785 = arith.addf %v1782, %v1783 fastmath<contract> : f32
          // end sum over the lanes
          %v1786 = llvm.load %v8 : !llvm.ptr -> f32
          %v1787 = arith.mulf %v1764, %v1786 fastmath<contract> : f32
          %v1788 = llvm.load %v9 : !llvm.ptr -> f32
          %v1789 = arith.mulf %v1773, %v1788 fastmath<contract> : f32
          %v1790 = arith.addf %v1787, %v1789 fastmath<contract> : f32
          // sum over the lanes: butterfly shuffles, every lane gets the total
          %v1791, %v1792 = gpu.shuffle xor %v1790, %v823, %v824 : f32
          %v1793 = arith.addf %v1790, %v1791 fastmath<contract> : f32
          %v1794, %v1795 = gpu.shuffle xor %v1793, %v828, %v824 : f32
          %v1796 = arith.addf %v1793, %v1794 fastmath<contract> : f32
          %v1797, %v1798 = gpu.shuffle xor %v1796, %v832, %v824 : f32
          %v1799 = arith.addf %v1796, %v1797 fastmath<contract> : f32
          // end sum over the lanes
          %v1800 = llvm.call_intrinsic "llvm.fabs.f32"(%v1799) : (f32) -> f32
          %v1801 = arith.maximumf %v700, %v1800 : f32
          %v1802 = arith.divf %v1785, %v1801 : f32
          scf.if %v34 {
            %v1803 = arith.muli %v44, %v716 : i64
            %v1804 = arith.muli %v1703, %v715 : i64
            %v1805 = arith.addi %v1803, %v1804 : i64
            %v1806 = arith.muli %v42, %v714 : i64
            %v1807 = arith.addi %v1805, %v1806 : i64
            %v1808 = arith.muli %v40, %v2 : i64
            %v1809 = arith.addi %v1807, %v1808 : i64
            %v1810 = llvm.getelementptr %out_o[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1802, %v1810 : f32, !llvm.ptr
          }
        }
      }
      %v1811 = arith.subi %v13, %v2 : i64
      %v1812 = arith.cmpi eq, %v26, %v1811 : i64
      %v1813 = arith.andi %v34, %v1812 : i1
      gpu.return
    }
  }
}
